package eu.barometer.core.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects problems up to a cap. When the cap is reached one final
 * {@link ProblemCode#TOO_MANY_PROBLEMS} error is added and later problems are counted, not kept.
 * Errors are always counted, so a capped list never hides that the input is invalid.
 *
 * <p>Not thread-safe: one collector per load.
 *
 * @since 0.1
 */
public final class ProblemCollector {

    /** The default cap. */
    public static final int DEFAULT_CAP = 200;

    private final int cap;
    private final List<InputProblem> problems = new ArrayList<>();
    private int errors;
    private int dropped;

    /** A collector that keeps at most {@code cap} problems (at least 1). */
    public ProblemCollector(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be at least 1, was " + cap);
        }
        this.cap = cap;
    }

    /** Records a problem, or counts it once the cap is reached. */
    public void add(InputProblem p) {
        if (p.isError()) {
            errors++;
        }
        if (problems.size() < cap) {
            problems.add(p);
        } else {
            dropped++;
        }
    }

    /** Records an error. */
    public void error(Location at, ProblemCode code, String message) {
        add(new InputProblem(at, Severity.ERROR, code, message));
    }

    /** Records a warning. */
    public void warning(Location at, ProblemCode code, String message) {
        add(new InputProblem(at, Severity.WARNING, code, message));
    }

    /** True if any error was recorded, kept or not. */
    public boolean hasErrors() {
        return errors > 0;
    }

    /** The number of errors recorded, kept or not. */
    public int errorCount() {
        return errors;
    }

    /** True once the cap is reached; readers may stop early then. */
    public boolean isFull() {
        return problems.size() >= cap;
    }

    /** The problems, sorted by location, with a final note if some were dropped. */
    public List<InputProblem> sorted() {
        List<InputProblem> out = new ArrayList<>(problems);
        Collections.sort(out);
        if (dropped > 0) {
            Severity severity = errors > out.stream().filter(InputProblem::isError).count() ? Severity.ERROR : Severity.WARNING;
            out.add(new InputProblem(Location.of("(all inputs)"), severity, ProblemCode.TOO_MANY_PROBLEMS,
                    "stopped listing after " + cap + " problems; " + dropped + " more not shown"
                            + " (raise the cap with maxProblems / --max-problems)"));
        }
        return List.copyOf(out);
    }
}
