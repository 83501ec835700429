package eu.barometer.core.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the inputs of an edition, with its location as data.
 *
 * @param location where it is; never null
 * @param severity how serious; never null
 * @param code     the stable kind; never null
 * @param message  what is wrong and what was expected; never null
 * @since 0.1
 */
public record InputProblem(Location location, Severity severity, ProblemCode code, String message)
        implements Comparable<InputProblem> {

    private static final Comparator<InputProblem> ORDER = Comparator.comparing(InputProblem::location)
            .thenComparing(InputProblem::severity)
            .thenComparing(InputProblem::message);

    public InputProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** True for errors. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form {@code file:line:col: severity: message [code]}. */
    @Override
    public String toString() {
        return location + ": " + severity.word() + ": " + message + " [" + code.id() + "]";
    }

    @Override
    public int compareTo(InputProblem o) {
        return ORDER.compare(this, o);
    }
}
