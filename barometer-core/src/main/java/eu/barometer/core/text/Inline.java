package eu.barometer.core.text;

import eu.barometer.core.problem.Location;

import java.util.List;
import java.util.Objects;

/**
 * Inline content of narrative text.
 *
 * @since 0.2
 */
public sealed interface Inline {

    /** Plain text; soft line breaks of the source are single spaces. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Emphasis ({@code *text*}). */
    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }
    }

    /** Strong emphasis ({@code **text**}). */
    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }
    }

    /** A link to an {@code https:}, {@code mailto:} or {@code #fragment} target. */
    record Link(String href, List<Inline> content) implements Inline {
        public Link {
            Objects.requireNonNull(href, "href");
            content = List.copyOf(content);
        }
    }

    /** A hard line break (two spaces or a backslash at the end of a line). */
    record LineBreak() implements Inline { }

    /** A footnote at this point ({@code [^label]} with its definition); its content is inline only. */
    record Footnote(String label, List<Inline> content) implements Inline {
        public Footnote {
            Objects.requireNonNull(label, "label");
            content = List.copyOf(content);
        }
    }

    /**
     * A figure of the analysis, {@code {{border-crossings.ytd}}}: rendered in the edition's
     * language and number style with its flag.
     *
     * @param name  a name of {@link eu.barometer.core.analysis.TextFigures#names()}
     * @param where where the placeholder is written
     */
    record Figure(String name, Location where) implements Inline {
        public Figure {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(where, "where");
        }
    }
}
