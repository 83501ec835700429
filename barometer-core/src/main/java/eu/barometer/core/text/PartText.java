package eu.barometer.core.text;

import eu.barometer.core.reference.Language;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The text of one part in one language, as read from {@code text/<part>.<lang>.md}.
 *
 * @param part     the part
 * @param language the language it is written in
 * @param file     the file it was read from, relative to the bundle (e.g. {@code text/summary.en.md})
 * @param title    the title given by a leading {@code # …} heading (annex only), else empty
 * @param blocks   the content
 * @since 0.2
 */
public record PartText(Part part, Language language, String file, Optional<List<Inline>> title, List<Block> blocks) {

    public PartText {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(file, "file");
        title = title.map(List::copyOf);
        blocks = List.copyOf(blocks);
    }

    /** Every figure placeholder of the text, in reading order (title, blocks, footnotes). */
    public List<Inline.Figure> figures() {
        List<Inline.Figure> out = new java.util.ArrayList<>();
        title.ifPresent(t -> inlines(t, out::add));
        for (Block b : blocks) {
            block(b, out::add);
        }
        return List.copyOf(out);
    }

    private static void block(Block b, Consumer<Inline.Figure> out) {
        if (b instanceof Block.Paragraph p) {
            inlines(p.content(), out);
        } else if (b instanceof Block.Heading h) {
            inlines(h.content(), out);
        } else if (b instanceof Block.ListBlock l) {
            l.items().forEach(i -> i.blocks().forEach(x -> block(x, out)));
        } else if (b instanceof Block.Quote q) {
            q.blocks().forEach(x -> block(x, out));
        }
    }

    private static void inlines(List<Inline> in, Consumer<Inline.Figure> out) {
        for (Inline i : in) {
            if (i instanceof Inline.Figure f) {
                out.accept(f);
            } else if (i instanceof Inline.Emphasis e) {
                inlines(e.content(), out);
            } else if (i instanceof Inline.Strong s) {
                inlines(s.content(), out);
            } else if (i instanceof Inline.Link l) {
                inlines(l.content(), out);
            } else if (i instanceof Inline.Footnote f) {
                inlines(f.content(), out);
            }
        }
    }
}
