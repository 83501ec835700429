package eu.barometer.templates.xlsx;

import eu.barometer.templates.RenderException;
import eu.barometer.templates.xlsx.Styles.Kind;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;

import javax.xml.namespace.QName;

/**
 * Draws a native, editable Excel chart over a chart's data table on the same sheet, to the right
 * of the data. Every series gets an explicit colour: without one LibreOffice draws the series
 * invisible.
 */
final class ChartDrawer {

    /** Colours in series order (EU blue first), distinguishable for most colour-blind readers. */
    private static final byte[][] PALETTE = {
            rgb(0x00, 0x44, 0x94), rgb(0xE6, 0x9F, 0x00), rgb(0x56, 0xB4, 0xE9), rgb(0x00, 0x9E, 0x73),
            rgb(0xCC, 0x79, 0xA7), rgb(0xD5, 0x5E, 0x00), rgb(0x6C, 0x6C, 0x6C), rgb(0xF0, 0xE4, 0x42),
            rgb(0x88, 0x22, 0x55), rgb(0x44, 0xAA, 0x99)};

    /** The chart's width in columns, right of the data after one free column. */
    static final int WIDTH_COLUMNS = 10;
    private static final int HEIGHT_ROWS = 22;

    private final Styles styles;

    ChartDrawer(Styles styles) {
        this.styles = styles;
    }

    /** Draws the chart whose data table was written with the given layout. */
    XSSFChart draw(XSSFSheet sheet, HtmlChart c, TableSheet.Layout l) throws RenderException {
        if (l.headerRow() < 0) {
            throw HtmlTable.problem(c.where() + ": the chart's table needs a thead row with the series names");
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int col = l.columns() + 1;
        // Below the caption (which may run across), and tall enough for one label per bar.
        int top = Math.max(1, l.headerRow());
        int height = c.kind().endsWith("hbar") ? Math.max(HEIGHT_ROWS, l.lastBodyRow() - l.firstBodyRow() + 6) : HEIGHT_ROWS;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, top, col + WIDTH_COLUMNS, top + height);
        XSSFChart chart = drawing.createChart(anchor);
        if (!c.caption().isEmpty()) {
            chart.setTitleText(c.caption());
            chart.setTitleOverlay(false);
        }
        if (!c.alt().isEmpty()) {
            var nv = chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
            nv.setDescr(c.alt());
            nv.setTitle(c.caption());
        }
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        boolean horizontal = c.kind().endsWith("hbar");
        XDDFCategoryAxis categories = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        if (horizontal) {
            // Horizontal bars read top-down in the table's order, as in the document.
            categories.setOrientation(AxisOrientation.MAX_MIN);
            values.setCrosses(AxisCrosses.MAX);
        }
        if (!c.yLabel().isEmpty()) {
            values.setTitle(c.yLabel());
        }
        Kind valueKind = l.kinds().length > 1 ? l.kinds()[1] : Kind.INTEGER;
        values.setNumberFormat(styles.format(valueKind == Kind.PERCENT ? Kind.PERCENT : Kind.INTEGER, 0));

        CellRangeAddress catRange = new CellRangeAddress(l.firstBodyRow(), l.lastBodyRow(), l.outColumn()[0], l.outColumn()[0]);
        Kind catKind = l.kinds()[0];
        XDDFDataSource<?> cats;
        if (catKind == Kind.TEXT || catKind == Kind.CODE) {
            cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, catRange);
        } else {
            XDDFNumericalDataSource<Double> n = XDDFDataSourcesFactory.fromNumericCellRange(sheet, catRange);
            String format = catKind == Kind.DATE ? "yyyy-mm-dd" : styles.format(catKind, 0);
            n.setFormatCode(format);
            categories.setNumberFormat(format);
            cats = n;
        }

        XDDFChartData data;
        if (c.kind().equals("line")) {
            data = chart.createData(ChartTypes.LINE, categories, values);
        } else {
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
            bars.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
            boolean stacked = c.kind().startsWith("stacked");
            bars.setBarGrouping(stacked ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
            if (stacked) {
                overlapFully(chart);
            }
            bars.setGapWidth(60);
            values.setCrossBetween(AxisCrossBetween.BETWEEN);
            data = bars;
        }
        data.setVaryColors(false);
        int seriesColumns = c.data().columns() - 1;
        for (int s = 0; s < seriesColumns; s++) {
            int out = l.outColumn()[s + 1];
            XDDFNumericalDataSource<Double> v = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(l.firstBodyRow(), l.lastBodyRow(), out, out));
            XDDFChartData.Series series = data.addSeries(cats, v);
            var headerCell = sheet.getRow(l.headerRow()).getCell(out);
            String name = headerCell == null ? "" : headerCell.getStringCellValue();
            series.setTitle(name, new CellReference(sheet.getSheetName(), l.headerRow(), out, true, true));
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(PALETTE[s % PALETTE.length]));
            if (series instanceof XDDFLineChartData.Series line) {
                line.setMarkerStyle(MarkerStyle.NONE);
                line.setSmooth(false);
                XDDFLineProperties lp = new XDDFLineProperties(fill);
                lp.setWidth(2.25);
                line.setLineProperties(lp);
            } else {
                series.setFillProperties(fill);
                series.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.WHITE))));
            }
        }
        chart.plot(data);
        return chart;
    }

    /**
     * Stacked bars must overlap fully. {@code XDDFBarChartData.setOverlap} needs a schema type
     * that poi-ooxml-lite leaves out, so the attribute is written through a cursor.
     */
    private static void overlapFully(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        CTOverlap overlap = bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap();
        try (XmlCursor cursor = overlap.newCursor()) {
            cursor.setAttributeText(new QName("val"), "100");
        }
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[]{(byte) r, (byte) g, (byte) b};
    }
}
