package eu.barometer.core;

import eu.barometer.core.model.Edition;
import eu.barometer.core.problem.InputProblem;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading an edition's inputs: every problem found and, if there was no error,
 * the edition.
 *
 * @param edition  the edition, present exactly when there are no errors; it carries the warnings
 *                 ({@link Edition#warnings()})
 * @param problems every problem, sorted by location; never null
 * @since 0.1
 */
public record Validation(Optional<Edition> edition, List<InputProblem> problems) {

    public Validation {
        problems = List.copyOf(problems);
        List<InputProblem> warnings = problems.stream().filter(p -> !p.isError()).toList();
        edition = edition.map(e -> e.warnings().equals(warnings) ? e : e.withWarnings(warnings));
    }

    /** True if there is no error (warnings allowed). */
    public boolean isValid() {
        return edition.isPresent();
    }

    /** The errors. */
    public List<InputProblem> errors() {
        return problems.stream().filter(InputProblem::isError).toList();
    }

    /** The warnings. */
    public List<InputProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** The edition, or the exception listing the problems. */
    public Edition orThrow() throws InvalidInputException {
        if (edition.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return edition.get();
    }
}
