package eu.barometer.templates.xlsx;

import eu.barometer.templates.internal.XmlOut;
import eu.barometer.templates.internal.OoxmlPackage;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.chart.SeriesStyle;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.xlsx.Styles.Kind;

import java.util.List;

/**
 * A native, editable Excel chart over a chart's data table on the same sheet, drawn to the right
 * of the data: the drawing part that places it, and the chart part (DrawingML) whose series refer
 * to the sheet's cells and carry their values as caches, so that readers that do not recalculate
 * (LibreOffice, viewers, POI) show it as Excel does.
 *
 * <p>Every series has an explicit colour: without one LibreOffice draws the series invisible.
 */
final class ChartXml {

    /** The chart's width in columns, right of the data after one free column. */
    static final int WIDTH_COLUMNS = 10;
    private static final int HEIGHT_ROWS = 22;

    /**
     * A chart and where its data lies.
     *
     * @param spec   the chart as the document has it
     * @param layout where its data table landed on the sheet
     * @param grid   the sheet's cells
     * @param sheet  the sheet's name
     */
    record Chart(HtmlChart spec, TableSheet.Layout layout, Grid grid, String sheet) {

        /** A chart over a table with a heading row (the series names). */
        static Chart of(HtmlChart spec, TableSheet.Layout layout, Grid grid, String sheet) throws RenderException {
            if (layout.headerRow() < 0) {
                throw HtmlTable.problem(spec.where() + ": the chart's table needs a thead row with the series names");
            }
            return new Chart(spec, layout, grid, sheet);
        }
    }

    private ChartXml() { }

    /** Writes drawing and chart number {@code n} (from 1) of the workbook. */
    static void write(OoxmlPackage zip, int n, Chart chart, Styles styles, Language language) {
        drawing(zip.part("xl/drawings/drawing" + n + ".xml"), chart);
        zip.end();
        zip.part("xl/drawings/_rels/drawing" + n + ".xml.rels")
                .raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\""
                        + " Target=\"../charts/chart").num(n).raw(".xml\"/></Relationships>");
        zip.end();
        chart(zip.part("xl/charts/chart" + n + ".xml"), chart, styles, language);
        zip.end();
    }

    /** The series' style, the same as in the other editions: keyed by the {@code data-code} of its column head. */
    private static SeriesStyle style(HtmlChart c, int series) {
        List<List<HtmlTable.Cell>> head = c.data().head();
        List<HtmlTable.Cell> names = head.isEmpty() ? List.of() : head.get(head.size() - 1);
        String code = series + 1 < names.size() ? names.get(series + 1).code().orElse("") : "";
        return SeriesStyle.of(code, series);
    }

    private static void drawing(XmlOut x, Chart chart) {
        TableSheet.Layout l = chart.layout();
        HtmlChart c = chart.spec();
        int col = l.columns() + 1;
        // Below the caption (which may run across), and tall enough for one label per bar.
        int top = Math.max(1, l.headerRow());
        int height = c.kind().endsWith("hbar") ? Math.max(HEIGHT_ROWS, l.lastBodyRow() - l.firstBodyRow() + 6) : HEIGHT_ROWS;
        x.raw("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<xdr:twoCellAnchor editAs=\"oneCell\"><xdr:from><xdr:col>").num(col)
                .raw("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").num(top)
                .raw("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>").num(col + WIDTH_COLUMNS)
                .raw("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").num(top + height)
                .raw("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr>"
                        + "<xdr:cNvPr id=\"2\" name=\"Chart 1\"");
        if (!c.alt().isEmpty()) {
            x.raw(" descr=\"").text(c.alt()).raw("\"");
        }
        if (!c.caption().isEmpty()) {
            x.raw(" title=\"").text(c.caption()).raw("\"");
        }
        x.raw("/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/>"
                + "</xdr:xfrm><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
                + "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"rId1\"/>"
                + "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>");
    }

    private static void chart(XmlOut x, Chart chart, Styles styles, Language language) {
        HtmlChart c = chart.spec();
        TableSheet.Layout l = chart.layout();
        Grid g = chart.grid();
        String lang = language.locale().toLanguageTag();
        boolean horizontal = c.kind().endsWith("hbar");
        boolean line = c.kind().equals("line");
        boolean stacked = c.kind().startsWith("stacked");
        String sheet = "'" + chart.sheet().replace("'", "''") + "'!";

        x.raw("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<c:date1904 val=\"0\"/><c:lang val=\"").raw(lang).raw("\"/><c:roundedCorners val=\"0\"/><c:chart>");
        if (!c.caption().isEmpty()) {
            title(x, c.caption(), lang, 1200, true, false);
            x.raw("<c:autoTitleDeleted val=\"0\"/>");
        } else {
            x.raw("<c:autoTitleDeleted val=\"1\"/>");
        }
        x.raw("<c:plotArea><c:layout/>");
        if (line) {
            x.raw("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>");
        } else {
            x.raw("<c:barChart><c:barDir val=\"").raw(horizontal ? "bar" : "col").raw("\"/><c:grouping val=\"")
                    .raw(stacked ? "stacked" : "clustered").raw("\"/><c:varyColors val=\"0\"/>");
        }

        int catColumn = l.outColumn()[0];
        Kind catKind = l.kinds()[0];
        boolean textCategories = catKind == Kind.TEXT || catKind == Kind.CODE;
        String catFormat = catKind == Kind.DATE ? "yyyy-mm-dd" : styles.format(catKind, 0);
        String catRef = sheet + new SheetSetup.Range(l.firstBodyRow(), l.lastBodyRow(), catColumn, catColumn).ref(true);
        int series = c.data().columns() - 1;
        for (int s = 0; s < series; s++) {
            int out = l.outColumn()[s + 1];
            SeriesStyle style = style(c, s);
            String colour = style.rgb();
            x.raw("<c:ser><c:idx val=\"").num(s).raw("\"/><c:order val=\"").num(s).raw("\"/><c:tx><c:strRef><c:f>")
                    .text(sheet + "$" + SheetXml.column(out) + "$" + (l.headerRow() + 1))
                    .raw("</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>").text(g.text(l.headerRow(), out))
                    .raw("</c:v></c:pt></c:strCache></c:strRef></c:tx>");
            if (line) {
                x.raw("<c:spPr><a:ln w=\"19050\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"").raw(colour)
                        .raw("\"/></a:solidFill><a:prstDash val=\"").raw(style.dash().drawingMl())
                        .raw("\"/><a:round/></a:ln></c:spPr><c:marker><c:symbol val=\"").raw(style.marker().drawingMl())
                        .raw("\"/><c:size val=\"5\"/><c:spPr><a:solidFill><a:srgbClr val=\"").raw(colour)
                        .raw("\"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val=\"").raw(colour)
                        .raw("\"/></a:solidFill></a:ln></c:spPr></c:marker>");
            } else {
                x.raw("<c:spPr><a:solidFill><a:srgbClr val=\"").raw(colour).raw("\"/></a:solidFill>"
                        + "<a:ln><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:ln></c:spPr><c:invertIfNegative val=\"0\"/>");
            }
            x.raw("<c:cat>");
            if (textCategories) {
                x.raw("<c:strRef><c:f>").text(catRef).raw("</c:f><c:strCache>");
                points(x, g, l, catColumn, true);
                x.raw("</c:strCache></c:strRef>");
            } else {
                x.raw("<c:numRef><c:f>").text(catRef).raw("</c:f><c:numCache><c:formatCode>").text(catFormat).raw("</c:formatCode>");
                points(x, g, l, catColumn, false);
                x.raw("</c:numCache></c:numRef>");
            }
            x.raw("</c:cat><c:val><c:numRef><c:f>")
                    .text(sheet + new SheetSetup.Range(l.firstBodyRow(), l.lastBodyRow(), out, out).ref(true))
                    .raw("</c:f><c:numCache><c:formatCode>General</c:formatCode>");
            points(x, g, l, out, false);
            x.raw("</c:numCache></c:numRef></c:val>");
            if (line) {
                x.raw("<c:smooth val=\"0\"/>");
            }
            x.raw("</c:ser>");
        }
        if (line) {
            x.raw("<c:marker val=\"1\"/>");
        } else {
            x.raw("<c:gapWidth val=\"60\"/>");
            if (stacked) {
                x.raw("<c:overlap val=\"100\"/>");
            }
        }
        x.raw("<c:axId val=\"1001\"/><c:axId val=\"1002\"/>").raw(line ? "</c:lineChart>" : "</c:barChart>");

        // the category axis
        x.raw("<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"").raw(horizontal ? "maxMin" : "minMax")
                .raw("\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"").raw(horizontal ? "l" : "b").raw("\"/>");
        if (!textCategories) {
            x.raw("<c:numFmt formatCode=\"").text(catFormat).raw("\" sourceLinked=\"0\"/>");
        }
        x.raw("<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
                + "<c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>"
                + "<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>");

        // the value axis
        Kind valueKind = l.kinds().length > 1 ? l.kinds()[1] : Kind.INTEGER;
        x.raw("<c:valAx><c:axId val=\"1002\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>"
                + "<c:axPos val=\"").raw(horizontal ? "b" : "l").raw("\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\">"
                + "<a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>");
        if (!c.yLabel().isEmpty()) {
            title(x, c.yLabel(), lang, 1000, false, !horizontal);
        }
        x.raw("<c:numFmt formatCode=\"").text(styles.format(valueKind == Kind.PERCENT ? Kind.PERCENT : Kind.INTEGER, 0))
                .raw("\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/>"
                        + "<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1001\"/><c:crosses val=\"")
                .raw(horizontal ? "max" : "autoZero").raw("\"/><c:crossBetween val=\"").raw(line ? "midCat" : "between")
                .raw("\"/></c:valAx></c:plotArea>");
        x.raw("<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/>"
                + "<c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>");
    }

    /** The cached points of one column of the body rows: texts, or numbers (cells without a number are left out). */
    private static void points(XmlOut x, Grid g, TableSheet.Layout l, int column, boolean text) {
        x.raw("<c:ptCount val=\"").num(Math.max(0, l.lastBodyRow() - l.firstBodyRow() + 1)).raw("\"/>");
        for (int r = l.firstBodyRow(), i = 0; r <= l.lastBodyRow(); r++, i++) {
            Object v = g.value(r, column);
            if (text) {
                x.raw("<c:pt idx=\"").num(i).raw("\"><c:v>").text(v == null ? "" : v.toString()).raw("</c:v></c:pt>");
            } else if (v instanceof Double d) {
                x.raw("<c:pt idx=\"").num(i).raw("\"><c:v>").num(d).raw("</c:v></c:pt>");
            }
        }
    }

    /** A chart or axis title in the edition's language; a vertical axis gets its title turned. */
    private static void title(XmlOut x, String text, String lang, int size, boolean bold, boolean turned) {
        x.raw("<c:title><c:tx><c:rich><a:bodyPr").raw(turned ? " rot=\"-5400000\" vert=\"horz\"" : "")
                .raw("/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"").num(size).raw(bold ? "\" b=\"1\"" : "\" b=\"0\"")
                .raw("/></a:pPr><a:r><a:rPr lang=\"").raw(lang).raw("\" sz=\"").num(size).raw(bold ? "\" b=\"1\"" : "\" b=\"0\"")
                .raw("/><a:t>").text(text).raw("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>");
    }
}
