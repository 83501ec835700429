package eu.barometer.templates.docx;

import eu.barometer.templates.xhtml.Subset;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static eu.barometer.templates.docx.DocxBuild.collapse;
import static eu.barometer.templates.xhtml.Subset.hasClass;
import static eu.barometer.templates.docx.DocxBuild.isXhtml;
import static eu.barometer.templates.docx.DocxBuild.name;

/**
 * Data tables and layout tables. Data tables take the reference document's table style, with
 * their {@code thead} rows marked as header rows that repeat on every page, {@code colspan} and
 * {@code rowspan} (in {@code thead}) as merged cells, and {@code num} cells right-aligned through
 * the Table Number styles. Layout tables (the Council header) take the borderless layout style.
 */
final class Tables {

    private enum Part { HEAD, BODY, FOOT }

    private record Cell(Element element, int column, int colspan, int rowspan, boolean continuation) { }

    private record Row(Part part, Element element, List<Cell> cells) { }

    private static final Pattern WORD_BREAK = Pattern.compile("[ \u2009]");

    private final DocxBuild build;

    Tables(DocxBuild build) {
        this.build = build;
    }

    void table(Element table, DocxBuild.Sink sink, DocxBuild.Context ctx) {
        if (!sink.isBody() || ctx.inTable() || ctx.listLevel() >= 0) {
            build.problem(table, "a table must be in the body, outside other tables, lists, footnotes and page furniture");
            return;
        }
        boolean layout = hasClass(table, "layout") || ctx.inCouncilHeader();
        List<Row> rows = new ArrayList<>();
        for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String name = isXhtml(e) ? name(e) : "";
                switch (name) {
                    case "caption" -> build.bookmark(build.paragraph(sink, Styles.CAPTION, build.inlineContent(e, ctx), ctx),
                            table.getAttribute("id"));
                    case "thead" -> group(e, Part.HEAD, rows);
                    case "tbody" -> group(e, Part.BODY, rows);
                    case "tfoot" -> group(e, Part.FOOT, rows);
                    case "tr" -> rows.add(row(e, Part.BODY));
                    default -> build.problem(e, "<" + e.getNodeName() + "> cannot be a child of <table>; expected <caption>, "
                            + "<thead>, <tbody>, <tfoot> or <tr>");
                }
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                build.problem(table, "text directly inside <table>; put it in a cell or the <caption>");
            }
        }
        if (rows.isEmpty()) {
            build.problem(table, "a table needs at least one row");
            return;
        }
        int columns = place(rows);
        int[] widths = widths(rows, columns, layout);

        List<IBodyElement> before = build.document().getBodyElements();
        if (!before.isEmpty() && before.get(before.size() - 1) instanceof XWPFTable) {
            // Two tables in a row would merge into one in Word: the one place an empty paragraph is needed.
            CTP gap = sink.paragraph();
            CTPPr gapPr = gap.addNewPPr();
            gapPr.addNewPStyle().setVal(Styles.NORMAL);
            gapPr.addNewSpacing().setAfter(BigInteger.ZERO);
        }
        CTTbl tbl = build.document().createTable().getCTTbl();
        while (tbl.sizeOfTrArray() > 0) {
            tbl.removeTr(0);
        }
        CTTblPr pr = tbl.getTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders(); // POI's default grid lines would override the table style
        }
        (pr.isSetTblStyle() ? pr.getTblStyle() : pr.addNewTblStyle()).setVal(layout ? Styles.LAYOUT_TABLE : Styles.DATA_TABLE);
        var w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(build.textWidth()));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblLook look = pr.addNewTblLook();
        boolean head = rows.stream().anyMatch(r -> r.part() == Part.HEAD);
        boolean foot = rows.stream().anyMatch(r -> r.part() == Part.FOOT);
        look.setFirstRow(head && !layout);
        look.setLastRow(foot && !layout);
        look.setFirstColumn(Boolean.FALSE);
        look.setLastColumn(Boolean.FALSE);
        look.setNoHBand(Boolean.TRUE);
        look.setNoVBand(Boolean.TRUE);
        look.setVal(lookBits(head && !layout, foot && !layout));
        altText(pr, table, rows, layout);

        CTTblGrid grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (Row row : rows) {
            CTRow tr = tbl.addNewTr();
            CTTrPr trPr = tr.addNewTrPr();
            trPr.addNewCantSplit();
            if (row.part() == Part.HEAD) {
                trPr.addNewTblHeader(); // repeated at the top of every page
            }
            for (Cell cell : row.cells()) {
                CTTc tc = tr.addNewTc();
                CTTcPr tcPr = tc.addNewTcPr();
                int width = 0;
                for (int c = cell.column(); c < cell.column() + cell.colspan(); c++) {
                    width += widths[c];
                }
                tcPr.addNewTcW().setW(BigInteger.valueOf(width));
                tcPr.getTcW().setType(STTblWidth.DXA);
                if (cell.colspan() > 1) {
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colspan()));
                }
                if (cell.continuation()) {
                    tcPr.addNewVMerge().setVal(STMerge.CONTINUE);
                } else if (cell.rowspan() > 1) {
                    tcPr.addNewVMerge().setVal(STMerge.RESTART);
                }
                if (row.part() == Part.HEAD) {
                    tcPr.addNewVAlign().setVal(STVerticalJc.BOTTOM);
                }
                if (cell.element() != null && !cell.continuation()) {
                    Element e = cell.element();
                    build.flow(e, new CellSink(tc, build.document()), ctx.cell(cellStyle(row.part(), e, layout)));
                }
                if (tc.sizeOfPArray() == 0) {
                    CTP p = tc.addNewP();
                    p.addNewPPr().addNewPStyle().setVal(layout ? Styles.COUNCIL_HEADER : Styles.TABLE_TEXT);
                }
            }
        }
    }

    /** Alternative text limits of Word's Table Properties › Alt Text. */
    private static final int MAX_TITLE = 255;
    private static final int MAX_DESCRIPTION = 2000;

    /**
     * The table's alternative text (Table Properties › Alt Text): the title is the caption (or
     * {@code data-alt}, or for a layout table its first row); the description is {@code data-alt},
     * else the caption followed by the column headings, else (layout tables) the cells' text.
     */
    private static void altText(CTTblPr pr, Element table, List<Row> rows, boolean layout) {
        String caption = "";
        for (Element c : DocxBuild.elements(table)) {
            if (name(c).equals("caption")) {
                caption = collapse(DocxBuild.textWithoutFootnotes(c));
            }
        }
        String alt = collapse(table.getAttribute("data-alt"));
        List<String> headings = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (Row row : rows) {
            for (Cell cell : row.cells()) {
                if (cell.element() != null && !cell.continuation()) {
                    String text = collapse(DocxBuild.textWithoutFootnotes(cell.element()));
                    if (!text.isEmpty()) {
                        (row.part() == Part.HEAD ? headings : cells).add(text);
                    }
                }
            }
        }
        String title = !caption.isEmpty() ? caption : !alt.isEmpty() ? alt : firstRow(rows);
        String description;
        if (!alt.isEmpty()) {
            description = alt;
        } else if (!headings.isEmpty()) {
            description = (caption.isEmpty() ? "" : caption + ": ") + String.join("; ", headings);
        } else {
            description = String.join("; ", layout || caption.isEmpty() ? cells : List.of(caption));
        }
        if (!title.isEmpty()) {
            pr.addNewTblCaption().setVal(limit(title, MAX_TITLE));
        }
        if (!description.isEmpty()) {
            pr.addNewTblDescription().setVal(limit(description, MAX_DESCRIPTION));
        }
    }

    private static String firstRow(List<Row> rows) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : rows.get(0).cells()) {
            if (cell.element() != null) {
                String t = collapse(DocxBuild.textWithoutFootnotes(cell.element()));
                if (!t.isEmpty()) {
                    texts.add(t);
                }
            }
        }
        return String.join(" ", texts);
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    /**
     * Space between a table and the paragraph after it, given by that paragraph's spacing instead
     * of an empty paragraph: headings and captions bring their own space before; any other
     * paragraph gets 12 pt before it (unless it already asks for more).
     */
    static void spaceAfterTables(XWPFDocument doc) {
        List<IBodyElement> body = doc.getBodyElements();
        for (int i = 0; i + 1 < body.size(); i++) {
            if (body.get(i) instanceof XWPFTable && body.get(i + 1) instanceof XWPFParagraph p) {
                String style = p.getStyleID() == null ? Styles.NORMAL : p.getStyleID();
                if (style.startsWith("Heading") || style.equals(Styles.CAPTION) || style.equals(Styles.TITLE)
                        || style.startsWith("TOC")) {
                    continue;
                }
                CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
                var spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
                if (!spacing.isSetBefore() || ((BigInteger) spacing.getBefore()).intValue() < SPACE_AFTER_TABLE) {
                    spacing.setBefore(BigInteger.valueOf(SPACE_AFTER_TABLE));
                }
            }
        }
    }

    /** 12 pt, in twentieths of a point. */
    private static final int SPACE_AFTER_TABLE = 240;

    private static byte[] lookBits(boolean firstRow, boolean lastRow) {
        int bits = 0x0600 | (firstRow ? 0x0020 : 0) | (lastRow ? 0x0040 : 0); // 0x0600: no row or column banding
        return new byte[] {(byte) (bits >> 8), (byte) bits};
    }

    private static String cellStyle(Part part, Element cell, boolean layout) {
        boolean th = name(cell).equals("th");
        if (layout) {
            return th ? Styles.COUNCIL_HEADER_LABEL : Styles.COUNCIL_HEADER;
        }
        boolean num = hasClass(cell, "num");
        if (part == Part.HEAD) {
            return num ? Styles.TABLE_HEADING_NUMBER : Styles.TABLE_HEADING;
        }
        return num ? Styles.TABLE_NUMBER : Styles.TABLE_TEXT;
    }

    private void group(Element group, Part part, List<Row> rows) {
        for (Node n = group.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (isXhtml(e) && name(e).equals("tr")) {
                    rows.add(row(e, part));
                } else {
                    build.problem(e, "<" + e.getNodeName() + "> cannot be a child of <" + name(group) + ">; expected <tr>");
                }
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                build.problem(group, "text directly inside <" + name(group) + ">; put it in a cell");
            }
        }
    }

    private Row row(Element tr, Part part) {
        List<Cell> cells = new ArrayList<>();
        for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String name = isXhtml(e) ? name(e) : "";
                if (!name.equals("th") && !name.equals("td")) {
                    build.problem(e, "<" + e.getNodeName() + "> cannot be a child of <tr>; expected <th> or <td>");
                    continue;
                }
                int colspan = span(e, "colspan");
                int rowspan = span(e, "rowspan");
                if (part != Part.HEAD && rowspan > 1) {
                    build.problem(e, "rowspan is allowed in <thead> only");
                    rowspan = 1;
                }
                if (part != Part.HEAD && colspan > 1 && !isLayout(tr)) {
                    build.problem(e, "colspan is allowed in <thead> only (and in layout tables)");
                    colspan = 1;
                }
                cells.add(new Cell(e, -1, colspan, rowspan, false));
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                build.problem(tr, "text directly inside <tr>; put it in a <td> or <th>");
            }
        }
        return new Row(part, tr, cells);
    }

    private static boolean isLayout(Element tr) {
        for (Node n = tr.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            if (name(e).equals("table")) {
                return hasClass(e, "layout") || inCouncilHeader(e);
            }
        }
        return false;
    }

    private static boolean inCouncilHeader(Element e) {
        for (Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
            if (hasClass(p, "council-header")) {
                return true;
            }
        }
        return false;
    }

    private int span(Element cell, String attribute) {
        String v = cell.getAttribute(attribute);
        if (v.isEmpty()) {
            return 1;
        }
        java.util.OptionalInt n = Subset.span(v);
        if (n.isEmpty()) {
            build.problem(cell, attribute + "=\"" + v + "\" is not " + Subset.spanRule());
        }
        return n.orElse(1);
    }

    /**
     * Gives every cell its grid column, inserts the continuation cells of row spans, and pads
     * short rows; returns the number of grid columns.
     */
    private static int place(List<Row> rows) {
        int columns = 0;
        List<int[]> open = new ArrayList<>(); // per grid column: {rows still covered, colspan}
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<Cell> placed = new ArrayList<>();
            int col = 0;
            for (Cell cell : row.cells()) {
                col = skipCovered(open, col, placed);
                placed.add(new Cell(cell.element(), col, cell.colspan(), cell.rowspan(), false));
                while (open.size() < col + cell.colspan()) {
                    open.add(new int[] {0, 1});
                }
                if (cell.rowspan() > 1) {
                    open.set(col, new int[] {cell.rowspan() - 1, cell.colspan()});
                }
                col += cell.colspan();
            }
            col = skipCovered(open, col, placed);
            columns = Math.max(columns, col);
            rows.set(r, new Row(row.part(), row.element(), placed));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int width = row.cells().stream().mapToInt(Cell::colspan).sum();
            List<Cell> cells = new ArrayList<>(row.cells());
            for (int c = width; c < columns; c++) {
                cells.add(new Cell(null, c, 1, 1, false));
            }
            rows.set(r, new Row(row.part(), row.element(), cells));
        }
        return Math.max(1, columns);
    }

    private static int skipCovered(List<int[]> open, int col, List<Cell> placed) {
        while (col < open.size() && open.get(col)[0] > 0) {
            int[] span = open.get(col);
            placed.add(new Cell(null, col, span[1], 1, true));
            span[0]--;
            col += span[1];
        }
        return col;
    }

    /**
     * Column widths in twips filling the text width, the way a browser lays out an automatic
     * table: no column narrower than its longest word (numbers never wrap), the rest of the width
     * shared by how much more each column's longest text would like.
     */
    private int[] widths(List<Row> rows, int columns, boolean layout) {
        double[] min = new double[columns];
        double[] pref = new double[columns];
        // What must not break inside a word: figures and dates, and the row headings (state names).
        double[] figures = new double[columns];
        for (Row row : rows) {
            for (Cell cell : row.cells()) {
                if (cell.element() != null && !cell.continuation() && cell.colspan() == 1) {
                    String text = collapse(DocxBuild.textWithoutFootnotes(cell.element())); // a <br/> is a place to break
                    // Heading rows, row headings and the totals (bold through the table style's last row) are bold.
                    double bold = row.part() != Part.BODY || name(cell.element()).equals("th") ? 1.1 : 1.0;
                    double longestWord = 0;
                    if (row.part() != Part.HEAD && (hasClass(cell.element(), "num") || cell.element().hasAttribute("data-type")
                            && !cell.element().getAttribute("data-type").equals("text"))) {
                        longestWord = ems(text); // figures and dates do not wrap
                        figures[cell.column()] = Math.max(figures[cell.column()], (longestWord + 1) * bold);
                    } else {
                        for (String word : WORD_BREAK.split(text)) {
                            longestWord = Math.max(longestWord, ems(word));
                        }
                    }
                    int c = cell.column();
                    min[c] = Math.max(min[c], (longestWord + 1) * bold);
                    if (row.part() != Part.HEAD && name(cell.element()).equals("th")) {
                        figures[c] = Math.max(figures[c], (longestWord + 1) * bold);
                    }
                    pref[c] = Math.max(pref[c], (Math.min(ems(text), layout ? 34 : 40) + 1) * bold);
                }
            }
        }
        double charWidth = layout ? 120 : 100; // twips per average character: 12 pt text in layout tables, 10 pt in data tables
        double available = Math.max(columns, (build.textWidth() - columns * 2 * 85.0) / charWidth);
        double sumMin = 0;
        double sumPref = 0;
        for (int c = 0; c < columns; c++) {
            min[c] = Math.max(min[c], 3);
            pref[c] = Math.max(pref[c], min[c]);
            sumMin += min[c];
            sumPref += pref[c];
        }
        double sumFigures = 0;
        for (int c = 0; c < columns; c++) {
            figures[c] = Math.min(min[c], Math.max(figures[c], 3));
            sumFigures += figures[c];
        }
        double[] chars = new double[columns];
        for (int c = 0; c < columns; c++) {
            if (sumPref <= available) {
                chars[c] = pref[c];
            } else if (sumMin < available) {
                chars[c] = min[c] + (available - sumMin) * (pref[c] - min[c]) / (sumPref - sumMin);
            } else if (sumFigures < available && sumMin > sumFigures) {
                // Too narrow for every word: figures keep their width, heading words break instead.
                chars[c] = figures[c] + (available - sumFigures) * (min[c] - figures[c]) / (sumMin - sumFigures);
            } else {
                chars[c] = min[c];
            }
        }
        double sum = 0;
        for (double ch : chars) {
            sum += ch;
        }
        int[] widths = new int[columns];
        int margins = 2 * 85;
        int content = Math.max(columns * 200, build.textWidth() - columns * margins);
        int used = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? build.textWidth() - used : margins + (int) Math.round(content * chars[c] / sum);
            used += widths[c];
        }
        return widths;
    }

    /**
     * The width of a text in digit widths (half an em in Times New Roman): capitals are wider,
     * lower-case letters a little narrower, separators and spaces half as wide.
     */
    private static double ems(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += Character.isUpperCase(c) ? 1.35 : Character.isDigit(c) ? 1 : Character.isLetter(c) ? 0.92
                    : c == ',' || c == '.' || c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009' ? 0.5 : 1;
        }
        return w;
    }

    /** Paragraphs of a table cell; a new cell has no paragraph yet. */
    private record CellSink(CTTc tc, POIXMLDocumentPart part) implements DocxBuild.Sink {
        @Override
        public CTP paragraph() {
            return tc.addNewP();
        }
    }
}
