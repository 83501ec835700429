package eu.barometer.core.text;

import java.util.List;

/**
 * A block of narrative text: the part of Markdown that maps to the XHTML subset
 * ({@code docs/xhtml-subset.md}). Anything else is rejected when the text is read.
 *
 * @since 0.2
 */
public sealed interface Block {

    /** A paragraph. */
    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /**
     * A heading inside a part.
     *
     * @param depth 1 for {@code ##} (one level below the part's own heading), 2 for {@code ###};
     *              0 only for the {@code #} title that opens the annex
     */
    record Heading(int depth, List<Inline> content) implements Block {
        public Heading {
            content = List.copyOf(content);
            if (depth < 0 || depth > 2) {
                throw new IllegalArgumentException("heading depth 0 to 2, was " + depth);
            }
        }
    }

    /** A bulleted ({@code ordered == false}) or numbered list; {@code start} is the first number. */
    record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** One item of a list: paragraphs and at most one further level of list. */
    record ListItem(List<Block> blocks) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }

    /** A block quote (paragraphs and lists). */
    record Quote(List<Block> blocks) implements Block {
        public Quote {
            blocks = List.copyOf(blocks);
        }
    }
}
