package eu.barometer.templates.xlsx;

import eu.barometer.templates.internal.XmlOut;

/**
 * Writes one worksheet part as a stream: {@link #begin} with the sheet's setup, then rows and
 * cells in order, then {@link #end}. Texts go to the shared-strings table (or inline past its
 * limit) and are never written as formulas: nothing here can write a {@code <f>} element, so a
 * text that starts with {@code =}, {@code +}, {@code -} or {@code @} stays a text.
 */
final class SheetXml {

    private static final String[] COLUMNS = new String[16384];

    /** The longest text a cell may hold: Excel reports a workbook with a longer one as damaged. */
    static final int MAX_TEXT = 32_767;

    /** A text too long for a cell, with the sheet and cell it was meant for. */
    static final class TextTooLong extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TextTooLong(String sheet, String cell, int length) {
            super("sheet '" + sheet + "', cell " + cell + ": a text of " + length + " characters; a spreadsheet cell holds at most "
                    + MAX_TEXT);
        }
    }

    private final XmlOut x;
    private final String sheet;
    private final SharedStrings strings;
    private final boolean selected;
    private boolean rowOpen;
    private String rowNumber = "";

    /**
     * @param selected true for the sheet shown first when the workbook opens
     */
    SheetXml(XmlOut x, String sheet, SharedStrings strings, boolean selected) {
        this.x = x;
        this.sheet = sheet;
        this.strings = strings;
        this.selected = selected;
    }

    /** The letters of a column from 0: A, B, …, Z, AA, … */
    static String column(int c) {
        String s = COLUMNS[c];
        if (s == null) {
            StringBuilder sb = new StringBuilder(3);
            for (int n = c + 1; n > 0; n = (n - 1) / 26) {
                sb.append((char) ('A' + (n - 1) % 26));
            }
            s = sb.reverse().toString();
            COLUMNS[c] = s;
        }
        return s;
    }

    /** Opens the worksheet: properties, dimension, panes, column widths, then the start of the cells. */
    void begin(SheetSetup s) {
        x.raw("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        if (s.lastRow >= 0 && s.lastColumn >= 0) {
            x.raw("<dimension ref=\"A1:").raw(column(s.lastColumn)).num(s.lastRow + 1L).raw("\"/>");
        }
        x.raw("<sheetViews><sheetView workbookViewId=\"0\"");
        if (selected) {
            x.raw(" tabSelected=\"1\"");
        }
        if (s.freezeColumns > 0 || s.freezeRows > 0) {
            String pane = s.freezeColumns > 0 && s.freezeRows > 0 ? "bottomRight" : s.freezeRows > 0 ? "bottomLeft" : "topRight";
            String topLeft = column(s.freezeColumns) + (s.freezeRows + 1);
            x.raw("><pane");
            if (s.freezeColumns > 0) {
                x.raw(" xSplit=\"").num(s.freezeColumns).raw("\"");
            }
            if (s.freezeRows > 0) {
                x.raw(" ySplit=\"").num(s.freezeRows).raw("\"");
            }
            x.raw(" topLeftCell=\"").raw(topLeft).raw("\" activePane=\"").raw(pane).raw("\" state=\"frozen\"/>")
                    .raw("<selection pane=\"").raw(pane).raw("\" activeCell=\"").raw(topLeft).raw("\" sqref=\"").raw(topLeft)
                    .raw("\"/></sheetView></sheetViews>");
        } else {
            x.raw("/></sheetViews>");
        }
        x.raw("<sheetFormatPr defaultRowHeight=\"15\"/>");
        boolean cols = false;
        for (int c = 0; c < s.widths.length; c++) {
            if (s.widths[c] > 0) {
                if (!cols) {
                    x.raw("<cols>");
                    cols = true;
                }
                x.raw("<col min=\"").num(c + 1L).raw("\" max=\"").num(c + 1L).raw("\" width=\"").num(s.widths[c])
                        .raw("\" customWidth=\"1\"/>");
            }
        }
        if (cols) {
            x.raw("</cols>");
        }
        x.raw("<sheetData>");
    }

    /** Starts row {@code r} (from 0, increasing); a height in points, or NaN for the default. */
    void row(int r, float height) {
        if (rowOpen) {
            x.raw("</row>");
        }
        rowNumber = Integer.toString(r + 1);
        x.raw("<row r=\"").raw(rowNumber).raw('"');
        if (!Float.isNaN(height)) {
            x.raw(" ht=\"").num((double) height).raw("\" customHeight=\"1\"");
        }
        x.raw('>');
        rowOpen = true;
    }

    /** A text cell; {@link TextTooLong} if the text is longer than a cell may hold. */
    void text(int c, int style, String text) {
        if (text.length() > MAX_TEXT) {
            throw new TextTooLong(sheet, column(c) + rowNumber, text.length());
        }
        int i = strings.of(text);
        open(c, style);
        if (i >= 0) {
            x.raw(" t=\"s\"><v>").num(i).raw("</v></c>");
        } else {
            x.raw(" t=\"inlineStr\"><is>");
            SharedStrings.text(x, text);
            x.raw("</is></c>");
        }
    }

    /** A number cell (dates are numbers with a date format). */
    void number(int c, int style, double value) {
        open(c, style);
        x.raw("><v>").num(value).raw("</v></c>");
    }

    /** A whole-number cell. */
    void number(int c, int style, long value) {
        open(c, style);
        x.raw("><v>").num(value).raw("</v></c>");
    }

    /** An empty cell that still has a style (a grey heading, a rule above a total). */
    void blank(int c, int style) {
        open(c, style);
        x.raw("/>");
    }

    private void open(int c, int style) {
        x.raw("<c r=\"").raw(column(c)).raw(rowNumber).raw('"');
        if (style != 0) {
            x.raw(" s=\"").num(style).raw('"');
        }
    }

    /** Closes the cells and writes the filter, merges, links, page setup and the drawing's reference. */
    void end(SheetSetup s, String drawingRelation) {
        if (rowOpen) {
            x.raw("</row>");
            rowOpen = false;
        }
        x.raw("</sheetData>");
        if (s.autoFilter != null) {
            x.raw("<autoFilter ref=\"").raw(s.autoFilter.ref(false)).raw("\"/>");
        }
        if (!s.merges.isEmpty()) {
            x.raw("<mergeCells count=\"").num(s.merges.size()).raw("\">");
            for (SheetSetup.Range m : s.merges) {
                x.raw("<mergeCell ref=\"").raw(m.ref(false)).raw("\"/>");
            }
            x.raw("</mergeCells>");
        }
        if (!s.links.isEmpty()) {
            x.raw("<hyperlinks>");
            for (SheetSetup.Link l : s.links) {
                x.raw("<hyperlink ref=\"").raw(column(l.column())).num(l.row() + 1L).raw("\" location=\"").text(l.location())
                        .raw("\" display=\"").text(l.display()).raw("\"/>");
            }
            x.raw("</hyperlinks>");
        }
        x.raw("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"").raw(s.landscape ? "landscape" : "portrait")
                .raw("\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
        if (!s.header.isEmpty() || !s.footer.isEmpty()) {
            x.raw("<headerFooter>");
            if (!s.header.isEmpty()) {
                x.raw("<oddHeader>").text(s.header).raw("</oddHeader>");
            }
            if (!s.footer.isEmpty()) {
                x.raw("<oddFooter>").text(s.footer).raw("</oddFooter>");
            }
            x.raw("</headerFooter>");
        }
        if (drawingRelation != null) {
            x.raw("<drawing r:id=\"").raw(drawingRelation).raw("\"/>");
        }
        x.raw("</worksheet>");
    }
}
