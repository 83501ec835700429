package eu.barometer.templates.docx;

import eu.barometer.templates.chart.ChartData;
import eu.barometer.templates.chart.SeriesStyle;
import eu.barometer.templates.xhtml.Node;
import eu.barometer.templates.xhtml.XhtmlTree;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.Grouping;
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
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.apache.xmlbeans.XmlCursor;
import org.w3c.dom.Element;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static eu.barometer.templates.docx.DocxBuild.collapse;

/**
 * Native Word charts (DrawingML charts with an embedded workbook) from the chart the reader of the
 * XHTML made of a figure and its data table ({@link Node.Chart}): the first column holds the
 * categories, every further column a series. Series get explicit
 * colours: without them LibreOffice draws the series invisible.
 */
final class Charts {

    private static final String CHART_FONT = "Arial";
    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final long EMU_PER_TWIP = 635;
    private static final long EMU_PER_CM = 360_000;

    /**
     * A chart's figures as Word's chart and its embedded workbook take them: texts with white
     * space collapsed, no value where a cell has none.
     */
    record Data(String categoryLabel, List<String> categories, List<String> series, List<Double[]> values) {

        static Data of(ChartData chart, String categoryLabel) {
            List<String> categories = chart.categories().stream().map(DocxBuild::collapse).toList();
            List<String> series = chart.series().stream().map(DocxBuild::collapse).toList();
            List<Double[]> values = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                Double[] v = new Double[categories.size()];
                for (int c = 0; c < v.length; c++) {
                    double d = chart.value(s, c);
                    v[c] = Double.isNaN(d) ? null : d;
                }
                values.add(v);
            }
            return new Data(categoryLabel, categories, series, values);
        }
    }

    private final DocxBuild build;
    private int count;

    Charts(DocxBuild build) {
        this.build = build;
    }

    void chart(Element figure, DocxBuild.BodySink sink) {
        Node.Element node = build.chartNode(figure);
        if (!(node instanceof Node.Chart chart)) {
            // Read without the subset check: the reader's problems with this chart, at the figure.
            for (XhtmlTree.Problem p : build.tree().problemsWithin(node)) {
                build.problem(figure, p.message());
            }
            if (build.tree().problemsWithin(node).isEmpty()) {
                build.problem(figure, "the chart cannot be read");
            }
            return;
        }
        ChartData chartData = chart.data();
        String kind = chartData.type();
        Data data = Data.of(chartData, firstHeader(chart.table()));
        boolean horizontal = kind.endsWith("hbar");
        int width = (int) (build.textWidth() * EMU_PER_TWIP);
        double cm = horizontal
                ? Math.min(20, Math.max(6, 2.2 + 0.55 * data.categories().size()
                        * (kind.startsWith("stacked") ? 1 : Math.sqrt(data.series().size()))))
                : 8 + 0.5 * Math.ceil(data.series().size() / 4.0); // the legend's rows (about four names a row) come on top of the plot's 8 cm
        int height = (int) (cm * EMU_PER_CM);
        XWPFParagraph paragraph = sink.xwpfParagraph();
        paragraph.getCTP().addNewPPr().addNewPStyle().setVal(Styles.NORMAL);
        paragraph.getCTP().getPPr().addNewKeepLines();
        XWPFRun run = paragraph.createRun();
        XWPFChart xwpfChart;
        try {
            xwpfChart = build.document().createChart(run, width, height);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("POI could not add a chart part: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
        CTNonVisualDrawingProps docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        docPr.setName("Chart " + count);
        docPr.setDescr(collapse(chartData.alt()));
        draw(xwpfChart, kind, data, chart, chartData);
    }

    private void draw(XWPFChart chart, String kind, Data data, Node.Chart figure, ChartData chartData) {
        boolean horizontal = kind.endsWith("hbar");
        boolean stacked = kind.startsWith("stacked");
        chart.setAutoTitleDeleted(true);
        fonts(chart);

        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        String xLabel = figure.has("data-x-label") ? figure.attr("data-x-label") : data.categoryLabel();
        if (!xLabel.isBlank()) {
            categoryAxis.setTitle(collapse(xLabel));
        }
        String yLabel = chartData.yLabel();
        if (!yLabel.isBlank()) {
            valueAxis.setTitle(collapse(yLabel));
        }
        categoryAxis.setMajorTickMark(AxisTickMark.NONE);
        valueAxis.setMajorTickMark(AxisTickMark.OUT);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setNumberFormat("#,##0");
        XDDFShapeProperties grid = valueAxis.getOrAddMajorGridProperties();
        XDDFLineProperties gridLine = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.LIGHT_GRAY)));
        gridLine.setWidth(0.5);
        grid.setLineProperties(gridLine);
        if (horizontal) {
            // First row at the top, as in the table; the value axis then belongs at the far end.
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
            valueAxis.setCrosses(AxisCrosses.MAX);
        } else {
            valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        }

        int n = data.categories().size();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(data.categories().toArray(String[]::new),
                EmbeddedWorkbook.range(0, n), 0);
        XDDFChartData plot = chart.createData(kind.equals("line") ? ChartTypes.LINE : ChartTypes.BAR, categoryAxis, valueAxis);
        plot.setVaryColors(false);
        for (int s = 0; s < data.series().size(); s++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(data.values().get(s),
                    EmbeddedWorkbook.range(s + 1, n), s + 1);
            XDDFChartData.Series series = plot.addSeries(categories, values);
            series.setTitle(data.series().get(s), new CellReference(EmbeddedWorkbook.SHEET, 0, s + 1, true, true));
            // The same colour, dash and marker as the PDF and HTML charts give this route or system.
            SeriesStyle style = chartData.style(s);
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(rgb(style.rgb())));
            if (series instanceof XDDFLineChartData.Series line) {
                line.setSmooth(false);
                XDDFLineProperties stroke = new XDDFLineProperties(fill);
                stroke.setWidth(1.5);
                stroke.setPresetDash(new XDDFPresetLineDash(dash(style.dash())));
                line.setLineProperties(stroke);
                line.setMarkerStyle(MarkerStyle.valueOf(style.marker().name()));
                var markerFill = line.getCTLineSer().getMarker().addNewSpPr();
                markerFill.addNewSolidFill().addNewSrgbClr().setVal(rgb(style.rgb()));
                markerFill.addNewLn().addNewSolidFill().addNewSrgbClr().setVal(rgb(style.rgb()));
            } else {
                series.setFillProperties(fill);
            }
        }
        if (plot instanceof XDDFLineChartData lines) {
            lines.setGrouping(Grouping.STANDARD); // required by the schema (CT_LineChart); POI leaves it out
        }
        if (plot instanceof XDDFBarChartData bars) {
            bars.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
            bars.setBarGrouping(stacked ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
            bars.setGapWidth(stacked ? 60 : 80);
        }
        // Not chart.plot(plot): that builds a POI workbook for the data; EmbeddedWorkbook writes it instead.
        for (int i = 0; i < plot.getSeriesCount(); i++) {
            plot.getSeries(i).plot();
        }
        embed(chart, data);
        if (stacked) {
            overlapFully(chart);
        }
        // The legend below the plot, beside it rather than over it: Word then shrinks the plot to leave the legend its rows.
        var legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        legend.setOverlay(false);
    }

    private static PresetLineDash dash(SeriesStyle.Dash dash) {
        return switch (dash) {
            case SOLID -> PresetLineDash.SOLID;
            case DASH -> PresetLineDash.DASH;
            case DOT -> PresetLineDash.SYSTEM_DOT;
            case DASH_DOT -> PresetLineDash.DASH_DOT;
            case LONG_DASH -> PresetLineDash.LARGE_DASH;
            case LONG_DASH_DOT -> PresetLineDash.LARGE_DASH_DOT;
            case LONG_DASH_DOT_DOT -> PresetLineDash.LARGE_DASH_DOT_DOT;
            case SHORT_DASH -> PresetLineDash.SYSTEM_DASH;
            case SHORT_DASH_DOT -> PresetLineDash.SYSTEM_DASH_DOT;
        };
    }

    /** Embeds the data as a workbook, so that Word's "Edit Data" opens the figures. */
    private void embed(XWPFChart chart, Data data) {
        try {
            OPCPackage pkg = build.document().getPackage();
            PackagePartName name = PackagingURIHelper.createPartName(
                    "/word/embeddings/Microsoft_Excel_Worksheet" + count + ".xlsx");
            PackagePart part = pkg.createPart(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = part.getOutputStream()) {
                out.write(EmbeddedWorkbook.xlsx(data));
            }
            PackageRelationship rel = chart.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    POIXMLDocument.PACK_OBJECT_REL_TYPE);
            chart.setExternalId(rel.getId());
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot embed the chart's workbook: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stacked bars need {@code <c:overlap val="100"/>} or Word draws each stack's pieces side by
     * side. Written as raw XML: poi-ooxml-lite lacks the schema type of the value, so POI's
     * {@code setOverlap} fails at run time.
     */
    private static void overlapFully(XWPFChart chart) {
        var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor c = bar.getGapWidth().newCursor()) {
            c.toEndToken();
            c.toNextToken();
            c.beginElement(new QName(CHART_NS, "overlap", "c"));
            c.insertAttributeWithValue("val", "100");
        }
    }

    /** All chart text in Arial 9 pt, present on every Windows and Office installation. */
    private static void fonts(XWPFChart chart) {
        CTTextBody tx = chart.getCTChartSpace().isSetTxPr() ? chart.getCTChartSpace().getTxPr() : chart.getCTChartSpace().addNewTxPr();
        tx.addNewBodyPr();
        tx.addNewLstStyle();
        CTTextCharacterProperties def = tx.addNewP().addNewPPr().addNewDefRPr();
        def.setSz(900);
        def.addNewLatin().setTypeface(CHART_FONT);
        def.addNewCs().setTypeface(CHART_FONT);
    }

    private static byte[] rgb(String hex) {
        return new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16), (byte) Integer.parseInt(hex.substring(2, 4), 16),
            (byte) Integer.parseInt(hex.substring(4, 6), 16)};
    }

    /** The text of the first head cell: the label of the categories. */
    private static String firstHeader(Node.Table table) {
        if (table.head().isEmpty()) {
            return "";
        }
        List<Node.Element> cells = table.head().get(0).elements();
        return cells.isEmpty() ? "" : collapse(cells.get(0).textContent());
    }
}
