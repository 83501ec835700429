package eu.barometer.templates.xlsx;

import eu.barometer.templates.xhtml.Subset;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.TemplateProblem;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code <table>} of the XHTML subset read into rows of cells, with the caption's and the
 * cells' footnotes collected in order.
 *
 * @param where     the table's place for problems, e.g. {@code table#t-eurojust}
 * @param caption   the caption text (with footnote markers), empty if none
 * @param sheetName the {@code data-sheet} attribute, if any
 * @param head      the {@code thead} rows (may span)
 * @param body      the {@code tbody} rows (and rows directly under {@code table})
 * @param foot      the {@code tfoot} rows (totals)
 * @param footnotes the footnote texts, numbered from 1 in reading order
 * @param source    the {@code data-source} attribute (the source and the date of the figures, as the document
 *                  words it), if any
 * @param legend    the legend of the marks the table uses: the text of a {@code p.table-legend}
 *                  right after the table, empty if none
 */
record HtmlTable(String where, String caption, Optional<String> sheetName, List<List<Cell>> head,
                 List<List<Cell>> body, List<List<Cell>> foot, List<String> footnotes, Optional<String> source,
                 String legend) {

    /** The source of problems found in the XHTML a template produced. */
    static final String SOURCE = "edition (XHTML output)";

    /**
     * One cell.
     *
     * @param text    the displayed text, footnotes replaced by markers
     * @param value   the {@code data-value}, if any
     * @param type    the {@code data-type}, if any
     * @param code    the {@code data-code}, if any
     * @param flag    the {@code data-flag} ({@code provisional}, {@code estimated}, or both separated by a space), if any
     * @param header  true for {@code th}
     * @param colspan columns spanned (1 or more)
     * @param rowspan rows spanned (1 or more)
     * @param heat    the heat-map class ({@code impact-high}, {@code deadline-overdue}, {@code cooperation-good}, …), if any
     * @param decimals the {@code data-decimals}: the decimal places the document shows, if given
     */
    record Cell(String text, Optional<String> value, Optional<String> type, Optional<String> code, Optional<String> flag,
                boolean header, int colspan, int rowspan, Optional<String> heat, Optional<String> decimals) { }

    /** The first class of an element that names a heat-map category. */
    static Optional<String> heat(Element e) {
        for (String c : Subset.classes(e)) {
            if (Styles.HEAT.containsKey(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Reads a table element. */
    static HtmlTable read(Element table) throws RenderException {
        String where = Xhtml.where(table);
        List<String> footnotes = new ArrayList<>();
        String caption = Xhtml.child(table, "caption").map(c -> Xhtml.text(c, footnotes, null)).orElse("");
        List<List<Cell>> head = new ArrayList<>();
        List<List<Cell>> body = new ArrayList<>();
        List<List<Cell>> foot = new ArrayList<>();
        for (Element part : Xhtml.children(table)) {
            switch (Xhtml.name(part)) {
                case "thead" -> rows(part, head, footnotes, where, true);
                case "tbody" -> rows(part, body, footnotes, where, false);
                case "tfoot" -> rows(part, foot, footnotes, where, false);
                case "tr" -> body.add(row(part, footnotes, where, false));
                case "caption", "colgroup", "col" -> { }
                default -> throw problem(where + ": <" + Xhtml.name(part)
                        + "> is not allowed in a table; expected caption, thead, tbody, tfoot or tr");
            }
        }
        return new HtmlTable(where, caption, Xhtml.attr(table, "data-sheet"), List.copyOf(head), List.copyOf(body),
                List.copyOf(foot), List.copyOf(footnotes), Xhtml.attr(table, "data-source").filter(s -> !s.isBlank()),
                legend(table));
    }

    /** The text of the {@code p.table-legend} that follows a table, or "". */
    private static String legend(Element table) {
        for (org.w3c.dom.Node n = table.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return Xhtml.is(e, "p") && Subset.hasClass(e, "table-legend") ? Xhtml.text(e) : "";
            }
        }
        return "";
    }

    private static void rows(Element part, List<List<Cell>> out, List<String> footnotes, String where, boolean spans)
            throws RenderException {
        for (Element tr : Xhtml.children(part)) {
            if (!Xhtml.is(tr, "tr")) {
                throw problem(where + ": <" + Xhtml.name(tr) + "> in <" + Xhtml.name(part) + ">; expected <tr>");
            }
            out.add(row(tr, footnotes, where, spans));
        }
    }

    private static List<Cell> row(Element tr, List<String> footnotes, String where, boolean spans) throws RenderException {
        List<Cell> cells = new ArrayList<>();
        for (Element c : Xhtml.children(tr)) {
            boolean th = Xhtml.is(c, "th");
            if (!th && !Xhtml.is(c, "td")) {
                throw problem(where + ": <" + Xhtml.name(c) + "> in a table row; expected <th> or <td>");
            }
            int colspan = span(c, "colspan", where);
            int rowspan = span(c, "rowspan", where);
            if (!spans && (colspan > 1 || rowspan > 1)) {
                throw problem(where + ": colspan and rowspan are allowed in thead only (row "
                        + (indexOf(tr) + 1) + " of <" + Xhtml.name((Element) tr.getParentNode()) + ">)");
            }
            cells.add(new Cell(Xhtml.text(c, footnotes, null), Xhtml.attr(c, "data-value"), Xhtml.attr(c, "data-type"),
                    Xhtml.attr(c, "data-code"), Xhtml.attr(c, "data-flag"), th, colspan, rowspan, heat(c),
                    Xhtml.attr(c, "data-decimals")));
        }
        return List.copyOf(cells);
    }

    private static int indexOf(Element tr) {
        int i = 0;
        for (Element s : Xhtml.children((Element) tr.getParentNode())) {
            if (s == tr) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static int span(Element c, String attr, String where) throws RenderException {
        Optional<String> v = Xhtml.attr(c, attr);
        if (v.isEmpty()) {
            return 1;
        }
        java.util.OptionalInt n = Subset.span(v.get());
        if (n.isEmpty()) {
            throw problem(where + ": " + attr + "=\"" + v.get() + "\"; expected " + Subset.spanRule());
        }
        return n.getAsInt();
    }

    /** A template problem without a line: the DOM of the output has no positions. */
    static RenderException problem(String message) {
        return new RenderException(List.of(new TemplateProblem(SOURCE, 0, 0, message)));
    }

    /** The number of grid columns of the table (the widest row, spans counted). */
    int columns() {
        int max = 0;
        for (List<List<Cell>> part : List.of(head, body, foot)) {
            for (List<Cell> row : part) {
                max = Math.max(max, row.stream().mapToInt(Cell::colspan).sum());
            }
        }
        return max;
    }
}
