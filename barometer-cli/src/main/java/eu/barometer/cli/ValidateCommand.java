package eu.barometer.cli;

import eu.barometer.cli.text.Json;
import eu.barometer.core.Barometer;
import eu.barometer.core.Validation;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.analysis.TextFigures;
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
import java.util.List;
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

    @Parameters(index = "0", arity = "0..1", paramLabel = "<bundle>",
            description = "The input bundle folder (edition.properties, the dataset CSV files and text/*.md).")
    Path bundle;

    @Option(names = "--list-figures",
            description = "List the figures narrative text may quote as {{name}} (docs/template-model.md): name, kind and"
                    + " meaning; with a valid <bundle>, also each figure's raw value (a trailing * or ° marks a provisional"
                    + " or estimated figure, – one that is not available).")
    boolean listFigures;

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
        PrintWriter out = spec.commandLine().getOut();
        if (listFigures) {
            return listFigures(out);
        }
        if (bundle == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: '<bundle>' (the input bundle folder to validate)");
        }
        Validation v = Barometer.validate(bundle, LoadOptions.DEFAULT.withMaxProblems(maxProblems));
        if (style == Style.JSON) {
            InputProblems.printJson(out, bundle, v.problems());
        } else {
            InputProblems.printText(out, bundle, v.problems(), common.verbose);
            out.println(InputProblems.summary(bundle, v.problems()));
        }
        out.flush();
        return v.isValid() && !(strict && !v.problems().isEmpty()) ? ExitCode.OK : ExitCode.INVALID;
    }

    /** The catalogue of text figures, with the bundle's values if one is given and valid. */
    private int listFigures(PrintWriter out) {
        EditionAnalysis analysis = null;
        int code = ExitCode.OK;
        if (bundle != null) {
            Validation v = Barometer.validate(bundle, LoadOptions.DEFAULT.withMaxProblems(maxProblems));
            if (v.isValid()) {
                analysis = EditionAnalysis.of(v.edition().orElseThrow());
            } else {
                InputProblems.printText(spec.commandLine().getErr(), bundle, v.errors(), common.verbose);
                spec.commandLine().getErr().println(InputProblems.summary(bundle, v.problems()) + "; no values listed");
                spec.commandLine().getErr().flush();
                code = ExitCode.INVALID;
            }
        }
        List<TextFigures.Name> names = TextFigures.names();
        int width = names.stream().mapToInt(n -> n.name().length()).max().orElse(10);
        if (style == Style.JSON) {
            out.println("[");
            for (int i = 0; i < names.size(); i++) {
                TextFigures.Name n = names.get(i);
                out.print("  {\"name\": " + Json.quote(n.name()) + ", \"dataset\": " + Json.quote(n.dataset().id())
                        + ", \"kind\": " + Json.quote(kind(n.kind())) + ", \"description\": " + Json.quote(n.description()));
                if (analysis != null) {
                    var v = TextFigures.value(analysis, n.name());
                    out.print(", \"value\": " + v.map(x -> Json.quote(x.raw())).orElse("null")
                            + ", \"flag\": " + v.map(x -> Json.quote(x.flag().isEmpty() ? "none" : x.flag().codes())).orElse("null"));
                }
                out.println("}" + (i + 1 < names.size() ? "," : ""));
            }
            out.println("]");
        } else {
            for (TextFigures.Name n : names) {
                StringBuilder line = new StringBuilder("{{").append(n.name()).append("}}");
                line.append(" ".repeat(width + 2 - n.name().length())).append(String.format("%-8s", kind(n.kind())));
                if (analysis != null) {
                    String value = TextFigures.value(analysis, n.name()).map(x -> x.raw()
                            + (x.flag().provisional() ? "*" : "") + (x.flag().estimated() ? "°" : "")).orElse("–");
                    line.append(String.format("%-24s", value));
                }
                out.println(line.append(n.description()));
            }
            out.println(names.size() + " figures" + (analysis != null ? " with the values of " + bundle : "")
                    + "; write {{name}} in text/<part>.<lang>.md (docs/inputs.md)");
        }
        out.flush();
        return code;
    }

    private static String kind(TextFigures.Kind k) {
        return k.name().toLowerCase(java.util.Locale.ROOT);
    }
}
