package eu.barometer.core;

import eu.barometer.core.problem.InputProblem;

import java.util.List;

/**
 * The inputs of an edition have errors, so the edition cannot be built. Carries every problem
 * found (errors and warnings), sorted by location.
 *
 * @since 0.1
 */
public final class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    /** An exception for these problems (at least one error). */
    public InvalidInputException(List<InputProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, sorted by location. Never null. */
    public List<InputProblem> problems() {
        return problems;
    }

    /** Only the errors. */
    public List<InputProblem> errors() {
        return problems.stream().filter(InputProblem::isError).toList();
    }

    private static String summary(List<InputProblem> problems) {
        long errors = problems.stream().filter(InputProblem::isError).count();
        StringBuilder b = new StringBuilder();
        b.append(errors).append(errors == 1 ? " error" : " errors").append(" in the inputs");
        problems.stream().filter(InputProblem::isError).limit(20).forEach(p -> b.append('\n').append(p));
        if (errors > 20) {
            b.append("\n… and ").append(errors - 20).append(" more");
        }
        return b.toString();
    }
}
