package eu.barometer.templates;

import java.util.Objects;

/**
 * A problem in a template set, with its place: template name, 1-based line and column (0 when
 * unknown), and a message that says what was expected.
 *
 * @param template the template or resource name relative to the template set, e.g. {@code edition.ftlh}
 * @param line     1-based line, 0 if unknown
 * @param column   1-based column, 0 if unknown
 * @param message  what is wrong; never null
 * @since 0.1
 */
public record TemplateProblem(String template, int line, int column, String message) implements Comparable<TemplateProblem> {

    public TemplateProblem {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(message, "message");
    }

    /** {@code template:line:col: message}. */
    @Override
    public String toString() {
        if (line == 0) {
            return template + ": " + message;
        }
        return template + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }

    @Override
    public int compareTo(TemplateProblem o) {
        int c = template.compareTo(o.template);
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
