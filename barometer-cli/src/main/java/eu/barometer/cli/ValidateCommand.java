package eu.barometer.cli;

import eu.barometer.core.Barometer;
import eu.barometer.core.Validation;
import eu.barometer.core.input.LoadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code barometer validate <bundle>}: list every problem of an input bundle with its location. */
@Command(name = "validate",
        description = {"Check an input bundle and list every problem as path:line:col: severity: message, "
                + "sorted by location, then a summary line.",
                "Exits with 0 if the bundle is valid (warnings allowed) and 3 if it has errors (or, with --strict, warnings)."})
final class ValidateCommand implements Callable<Integer> {

    /** How the problems are printed. */
    enum Style {
        TEXT, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<bundle>", description = "The input bundle folder (edition.properties and the dataset CSV files).")
    Path bundle;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (one line per problem and a summary) or json (an array of {file, line, column, severity, code, message}). Default: ${DEFAULT-VALUE}.")
    Style style;

    @Option(names = "--max-problems", paramLabel = "N", defaultValue = "200",
            description = "List at most N problems (default: ${DEFAULT-VALUE}); errors beyond it still make the bundle invalid.")
    int maxProblems;

    @Mixin
    CommonOptions common;

    @Option(names = "--strict",
            description = "Treat warnings as errors: a language of the edition without its header fields or texts, an unknown organisation, … (exit 3).")
    boolean strict;

    @Override
    public Integer call() {
        if (maxProblems < 1) {
            throw new ParameterException(spec.commandLine(), "--max-problems must be at least 1, was " + maxProblems);
        }
        Validation v = Barometer.validate(bundle, LoadOptions.DEFAULT.withMaxProblems(maxProblems));
        PrintWriter out = spec.commandLine().getOut();
        if (style == Style.JSON) {
            InputProblems.printJson(out, bundle, v.problems());
        } else {
            InputProblems.printText(out, bundle, v.problems(), common.verbose);
            out.println(InputProblems.summary(bundle, v.problems()));
        }
        out.flush();
        return v.isValid() && !(strict && !v.problems().isEmpty()) ? ExitCode.OK : ExitCode.INVALID;
    }
}
