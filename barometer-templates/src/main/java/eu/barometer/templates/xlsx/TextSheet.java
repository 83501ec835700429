package eu.barometer.templates.xlsx;

import eu.barometer.templates.xhtml.Subset;
import eu.barometer.templates.xlsx.Styles.Kind;
import eu.barometer.templates.xlsx.Styles.Role;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "Text" sheet: the analysts' narrative text of the document ({@code <div class="narrative">},
 * see docs/xhtml-subset.md) in reading order, one paragraph, heading or list item per row in one
 * wide wrapped column, each part under its title and followed by its footnotes. A part shown in
 * another language than the edition's keeps its "(original language: …)" note.
 */
final class TextSheet {

    /** What a row is. */
    enum LineKind { HEADING, PARAGRAPH, ITEM, QUOTE, NOTE }

    record Line(LineKind kind, String text) { }

    /** One part: its title (may be empty), its lines and its footnotes. */
    record Part(String title, List<Line> lines, List<String> footnotes) { }

    private final Styles styles;
    private final Printing printing;

    TextSheet(Styles styles, Printing printing) {
        this.styles = styles;
        this.printing = printing;
    }

    /** The narrative parts of a document body, in order. */
    static List<Part> read(Element body) {
        List<Part> parts = new ArrayList<>();
        for (Element div : Xhtml.find(body, e -> Xhtml.is(e, "div") && Subset.hasClass(e, "narrative"))) {
            List<Line> lines = new ArrayList<>();
            List<String> footnotes = new ArrayList<>();
            for (Element e : Xhtml.children(div)) {
                block(e, lines, footnotes, false);
            }
            parts.add(new Part(Xhtml.attr(div, "data-title").orElse(""), lines, footnotes));
        }
        return parts;
    }

    /** The sheet name the template gives the narrative ({@code data-sheet} of the first part). */
    static Optional<String> sheetName(Element body) {
        return Xhtml.find(body, e -> Xhtml.is(e, "div") && Subset.hasClass(e, "narrative")).stream().findFirst()
                .flatMap(d -> Xhtml.attr(d, "data-sheet"));
    }

    private static void block(Element e, List<Line> lines, List<String> footnotes, boolean quoted) {
        String name = Xhtml.name(e);
        switch (name) {
            case "p" -> lines.add(new Line(Subset.hasClass(e, "note") ? LineKind.NOTE : quoted ? LineKind.QUOTE : LineKind.PARAGRAPH,
                    Xhtml.text(e, footnotes, null)));
            case "h1", "h2", "h3" -> lines.add(new Line(LineKind.HEADING, Xhtml.text(e, footnotes, null)));
            case "ul", "ol" -> {
                int n = Xhtml.attr(e, "start").map(s -> {
                    try {
                        return Integer.parseInt(s);
                    } catch (NumberFormatException x) {
                        return 1;
                    }
                }).orElse(1);
                for (Element li : Xhtml.children(e, "li")) {
                    String mark = name.equals("ol") ? (n++) + ". " : "• ";
                    List<Line> inner = new ArrayList<>();
                    for (Element c : Xhtml.children(li)) {
                        block(c, inner, footnotes, quoted);
                    }
                    boolean first = true;
                    for (Line l : inner) {
                        lines.add(new Line(LineKind.ITEM, (first ? mark : "    ") + l.text()));
                        first = false;
                    }
                }
            }
            case "blockquote" -> Xhtml.children(e).forEach(c -> block(c, lines, footnotes, true));
            default -> lines.add(new Line(LineKind.PARAGRAPH, Xhtml.text(e, footnotes, null)));
        }
    }

    void write(Grid g, List<Part> parts) {
        ColumnWidths widths = new ColumnWidths();
        widths.fit(0, ColumnWidths.MAX);
        int text = styles.cell(Kind.TEXT, 0, Role.BODY, false, true);
        int r = 0;
        List<Integer> wrapped = new ArrayList<>();
        for (Part p : parts) {
            if (!p.title().isEmpty()) {
                g.set(r++, 0, p.title(), styles.title());
            }
            for (Line l : p.lines()) {
                if (l.text().isEmpty()) {
                    continue;
                }
                int style = switch (l.kind()) {
                    case HEADING -> styles.label();
                    case NOTE, QUOTE -> styles.wrappedNote();
                    default -> text;
                };
                g.set(r, 0, l.kind() == LineKind.QUOTE ? "“" + l.text() + "”" : l.text(), style);
                wrapped.add(r++);
            }
            for (int i = 0; i < p.footnotes().size(); i++) {
                g.set(r, 0, Xhtml.superscript(i + 1) + " " + p.footnotes().get(i), styles.wrappedNote());
                wrapped.add(r++);
            }
            r++;
        }
        widths.apply(g.setup, 1);
        for (int row : wrapped) {
            if (g.value(row, 0) instanceof String s) {
                widths.fitHeight(g, row, 0, s);
            }
        }
        printing.apply(g.setup, 0, 0, 1);
    }
}
