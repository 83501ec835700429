package eu.barometer.cli;

import eu.barometer.cli.text.Json;
import eu.barometer.cli.text.Units;
import eu.barometer.core.problem.InputProblem;
import eu.barometer.core.problem.Location;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints input problems with paths a shell or an editor can open: the bundle folder as given on
 * the command line, then the file, line and column the core reported.
 */
final class InputProblems {

    private InputProblems() { }

    /** The file a problem is in, as a path from the working directory. */
    static String file(Path bundle, Location at) {
        String source = at.source();
        if (source.startsWith("(") || source.equals(bundle.toString())) {
            return bundle.toString();   // the whole bundle, e.g. "(all inputs)" or a missing folder
        }
        return bundle.resolve(source).toString();
    }

    /** {@code samples/2023-Q3/eurojust.csv:12:3: error: message}, with {@code [code]} if asked. */
    static String line(Path bundle, InputProblem p, boolean withCode) {
        Location at = p.location();
        StringBuilder b = new StringBuilder(file(bundle, at));
        if (at.line() > 0) {
            b.append(':').append(at.line());
            if (at.column() > 0) {
                b.append(':').append(at.column());
            }
        }
        b.append(": ").append(p.severity().word()).append(": ").append(p.message());
        if (withCode) {
            b.append(" [").append(p.code().id()).append(']');
        }
        return b.toString();
    }

    /** Every problem on its own line, in the order given (the core sorts them by location). */
    static void printText(PrintWriter out, Path bundle, List<InputProblem> problems, boolean withCodes) {
        for (InputProblem p : problems) {
            out.println(line(bundle, p, withCodes));
        }
    }

    /** A JSON array of {@code {file, line, column, severity, code, message}}; 0 = whole file or line. */
    static void printJson(PrintWriter out, Path bundle, List<InputProblem> problems) {
        if (problems.isEmpty()) {
            out.println("[]");
            return;
        }
        out.println("[");
        for (int i = 0; i < problems.size(); i++) {
            InputProblem p = problems.get(i);
            out.print("  {\"file\": " + Json.quote(file(bundle, p.location()))
                    + ", \"line\": " + p.location().line()
                    + ", \"column\": " + p.location().column()
                    + ", \"severity\": " + Json.quote(p.severity().word())
                    + ", \"code\": " + Json.quote(p.code().id())
                    + ", \"message\": " + Json.quote(p.message()) + "}");
            out.println(i + 1 < problems.size() ? "," : "");
        }
        out.println("]");
    }

    /** {@code 2 errors, 3 warnings in samples/2023-Q3}. */
    static String summary(Path bundle, List<InputProblem> problems) {
        long errors = problems.stream().filter(InputProblem::isError).count();
        return Units.count(errors, "error", "errors") + ", "
                + Units.count(problems.size() - errors, "warning", "warnings") + " in " + bundle;
    }
}
