package eu.barometer.core;

import eu.barometer.core.input.BundleReader;
import eu.barometer.core.input.LoadOptions;
import eu.barometer.core.model.Edition;
import eu.barometer.core.model.EditionInfo;
import eu.barometer.core.problem.ProblemCollector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The front door of Barometer+: load an edition from an input bundle, validate one, or assemble
 * one from your own objects.
 *
 * <pre>{@code
 * Edition edition = Barometer.load(Path.of("samples/2023-Q3"));       // throws InvalidInputException
 * Validation v = Barometer.validate(Path.of("samples/2023-Q3"));      // never throws for bad input
 * v.problems().forEach(System.out::println);
 * }</pre>
 *
 * <p>All methods are thread-safe; the editions they return are immutable.
 *
 * @since 0.1
 */
public final class Barometer {

    private Barometer() { }

    /**
     * Loads an edition from a bundle folder with the default options.
     *
     * @throws InvalidInputException if the inputs have errors; it lists every problem
     */
    public static Edition load(Path bundle) throws InvalidInputException {
        return validate(bundle, LoadOptions.DEFAULT).orThrow();
    }

    /**
     * Loads an edition from a bundle folder.
     *
     * @throws InvalidInputException if the inputs have errors; it lists every problem
     */
    public static Edition load(Path bundle, LoadOptions options) throws InvalidInputException {
        return validate(bundle, options).orThrow();
    }

    /** Reads and validates a bundle with the default options. Bad input is reported, never thrown. */
    public static Validation validate(Path bundle) {
        return validate(bundle, LoadOptions.DEFAULT);
    }

    /**
     * Reads and validates a bundle. Bad input is reported in the result, never thrown.
     *
     * @throws UncheckedIOException only if the file system fails while reading (not for missing or bad files)
     */
    public static Validation validate(Path bundle, LoadOptions options) {
        ProblemCollector problems = new ProblemCollector(options.maxProblems());
        try {
            var edition = new BundleReader(options).read(bundle, problems);
            return new Validation(problems.hasErrors() ? java.util.Optional.empty() : edition, problems.sorted());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundle " + bundle + ": " + e.getMessage(), e);
        }
    }

    /**
     * A builder for an edition assembled from your own objects, validated like a bundle.
     *
     * @param info the edition's id, period, reference date, languages and window
     */
    public static EditionBuilder builder(EditionInfo info) {
        return new EditionBuilder(info);
    }
}
