package eu.barometer.cli.render;

import eu.barometer.core.Barometer;
import eu.barometer.core.Validation;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.input.LoadOptions;
import eu.barometer.core.problem.InputProblem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An input bundle read once: the analysed edition if it is valid, and every problem found.
 *
 * @param bundle   the bundle folder as given on the command line
 * @param analysis the analysed edition, present exactly when there is no error
 * @param problems every problem (errors and warnings), sorted by location
 * @since 0.1
 */
public record LoadedBundle(Path bundle, Optional<EditionAnalysis> analysis, List<InputProblem> problems) {

    public LoadedBundle {
        problems = List.copyOf(problems);
    }

    /** Reads, validates and analyses a bundle. Bad input is reported in the result, never thrown. */
    public static LoadedBundle load(Path bundle) {
        Validation v = Barometer.validate(bundle, LoadOptions.DEFAULT);
        return new LoadedBundle(bundle, v.edition().map(EditionAnalysis::of), v.problems());
    }

    /** True if the edition could be built. */
    public boolean isValid() {
        return analysis.isPresent();
    }

    /** The errors. */
    public List<InputProblem> errors() {
        return problems.stream().filter(InputProblem::isError).toList();
    }

    /** The warnings. */
    public List<InputProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
