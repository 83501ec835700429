package eu.barometer.templates.docx;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The inline content of one paragraph, collected before it is written so that white space can be
 * collapsed as a browser does (runs of spaces become one, none at the start or end of a paragraph).
 */
final class Inline {

    /** How a piece of text looks: direct emphasis, a character style, a link target. */
    record Format(boolean bold, boolean italic, String vertAlign, String charStyle, String link) {
        static final Format PLAIN = new Format(false, false, null, null, null);

        Format withBold() {
            return new Format(true, italic, vertAlign, charStyle, link);
        }

        Format withItalic() {
            return new Format(bold, true, vertAlign, charStyle, link);
        }

        Format withVertAlign(String v) {
            return new Format(bold, italic, v, charStyle, link);
        }

        Format withCharStyle(String s) {
            return new Format(bold, italic, vertAlign, s, link);
        }

        Format withLink(String l) {
            return new Format(bold, italic, vertAlign, charStyle, l);
        }
    }

    sealed interface Piece permits Text, Break, Tab, Field, Footnote { }

    record Text(String text, Format format) implements Piece { }

    record Break(Format format) implements Piece { }

    /** A tab, to the next tab stop of the paragraph style (page header and footer zones). */
    record Tab() implements Piece { }

    /** A complex field such as PAGE, with the text shown until it is updated. */
    record Field(String instruction, String shown, Format format) implements Piece { }

    /** A footnote whose text is the span's content. */
    record Footnote(Element span) implements Piece { }

    private final List<Piece> pieces = new ArrayList<>();
    private boolean spacePending;
    private boolean atStart = true;
    private Format spaceSource;

    /** Adds text, collapsing XML white space (not the no-break space). */
    void text(String raw, Format format) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                if (!spacePending) {
                    spaceSource = format;
                }
                spacePending = true;
            } else {
                if (spacePending && !atStart) {
                    if (b.isEmpty()) {
                        // The space between two pieces belongs to the one before: a link or emphasis does not start with it.
                        flushSpace(spaceFormat(format));
                    } else {
                        b.append(' ');
                    }
                }
                spacePending = false;
                atStart = false;
                b.append(c);
            }
        }
        if (!b.isEmpty()) {
            add(new Text(b.toString(), format));
        }
    }

    void lineBreak(Format format) {
        spacePending = false;
        atStart = true;
        pieces.add(new Break(format));
    }

    void tab() {
        spacePending = false;
        atStart = true;
        pieces.add(new Tab());
    }

    void field(String instruction, String shown, Format format) {
        flushSpace(format);
        atStart = false;
        pieces.add(new Field(instruction, shown, format));
    }

    void footnote(Element span) {
        // A footnote mark sits right after the word: a space before it in the XHTML is dropped.
        spacePending = false;
        atStart = false;
        pieces.add(new Footnote(span));
    }

    /**
     * The format of the text the space was in, as in HTML ("See <a>x</a>": plain; "<sub>2</sub> and": plain),
     * without a link unless the next piece is in the same link: links neither start nor end with a space.
     */
    private Format spaceFormat(Format next) {
        Format f = spaceSource != null ? spaceSource : next;
        return Objects.equals(f.link(), next.link()) ? f : f.withLink(null);
    }

    private void flushSpace(Format format) {
        if (spacePending && !atStart) {
            add(new Text(" ", format));
        }
        spacePending = false;
    }

    private void add(Text t) {
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1) instanceof Text last
                && Objects.equals(last.format(), t.format())) {
            pieces.set(pieces.size() - 1, new Text(last.text() + t.text(), t.format()));
        } else {
            pieces.add(t);
        }
    }

    boolean isEmpty() {
        return pieces.isEmpty();
    }

    List<Piece> pieces() {
        return pieces;
    }

    /** The plain text, for table widths and tests. */
    String plainText() {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces) {
            if (p instanceof Text t) {
                b.append(t.text());
            } else if (p instanceof Field f) {
                b.append(f.shown());
            }
        }
        return b.toString();
    }
}
