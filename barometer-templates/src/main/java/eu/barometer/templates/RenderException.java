package eu.barometer.templates;

import java.util.List;

/**
 * An edition could not be rendered: a template error (with its location), a template that broke a
 * sandbox rule or ran over its time limit, a glyph no font can draw, or a document over the size
 * limit. Nothing is written when it is thrown.
 *
 * @since 0.1
 */
public class RenderException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<TemplateProblem> problems;

    /** An exception for template problems (at least one). */
    public RenderException(List<TemplateProblem> problems) {
        super(problems.isEmpty() ? "rendering failed" : String.join("\n", problems.stream().map(Object::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** An exception without a template location, e.g. a missing glyph. */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    /** The template problems, if the failure lies in the template set. Never null. */
    public List<TemplateProblem> problems() {
        return problems;
    }
}
