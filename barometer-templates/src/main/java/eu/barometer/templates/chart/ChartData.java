package eu.barometer.templates.chart;

import eu.barometer.templates.RenderException;
import eu.barometer.templates.TemplateProblem;
import eu.barometer.templates.internal.Xhtml;
import eu.barometer.templates.xhtml.Subset;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart as declared in the XHTML ({@code <figure class="chart">} with its data table): the
 * type, texts, categories (rows), series (columns) and values. Every renderer draws from this.
 *
 * @param id             the figure's id
 * @param type           {@code line}, {@code bar}, {@code hbar}, {@code stacked-bar} or {@code stacked-hbar}
 * @param caption        the figcaption text
 * @param yLabel         the value axis label
 * @param alt            the alternative text
 * @param categories     category labels, in order
 * @param series         series names, in order
 * @param seriesCodes    series codes ({@code data-code} of each series' column head: a route, an
 *                       information system's measure), empty where a series has none; styles follow them
 * @param values         values[series][category]; NaN where a cell has no value
 */
public record ChartData(String id, String type, String caption, String yLabel, String alt, List<String> categories,
                        List<String> series, List<String> seriesCodes, double[][] values) {

    /** The look of a series, the same in every edition. */
    public SeriesStyle style(int series) {
        return SeriesStyle.of(series < seriesCodes.size() ? seriesCodes.get(series) : "", series);
    }

    /** True for bars drawn horizontally. */
    public boolean horizontal() {
        return type.endsWith("hbar");
    }

    /** True for stacked bars. */
    public boolean stacked() {
        return type.startsWith("stacked");
    }

    /**
     * Reads a chart figure.
     *
     * @throws RenderException if the figure has an unknown type or no data table
     */
    public static ChartData of(Element figure) throws RenderException {
        String id = figure.getAttribute("id");
        String type = figure.getAttribute("data-chart");
        if (!Subset.isChartType(type)) {
            throw problem(id, "unknown chart type '" + type + "'; expected one of " + String.join(", ", Subset.CHART_TYPES));
        }
        Element caption = Xhtml.child(figure, "figcaption");
        Element table = Xhtml.elements(figure, "table", "chart-data").stream().findFirst()
                .orElseThrow(() -> problem(id, "a chart needs a <table class=\"chart-data\"> with its data"));
        List<String> series = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        Element thead = Xhtml.child(table, "thead");
        if (thead != null && Xhtml.child(thead, "tr") != null) {
            List<Element> ths = Xhtml.children(Xhtml.child(thead, "tr"), "th");
            for (int i = 1; i < ths.size(); i++) {
                series.add(ths.get(i).getTextContent().strip());
                codes.add(ths.get(i).getAttribute("data-code").strip());
            }
        }
        List<String> categories = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        Element tbody = Xhtml.child(table, "tbody");
        for (Element tr : tbody == null ? List.<Element>of() : Xhtml.children(tbody, "tr")) {
            Element th = Xhtml.child(tr, "th");
            categories.add(th == null ? "" : th.getTextContent().strip());
            List<Element> tds = Xhtml.children(tr, "td");
            double[] v = new double[series.size()];
            for (int s = 0; s < v.length; s++) {
                v[s] = s < tds.size() ? number(tds.get(s)) : Double.NaN;
            }
            rows.add(v);
        }
        double[][] values = new double[series.size()][categories.size()];
        for (int c = 0; c < rows.size(); c++) {
            for (int s = 0; s < series.size(); s++) {
                values[s][c] = rows.get(c)[s];
            }
        }
        return new ChartData(id, type, caption == null ? "" : caption.getTextContent().strip(),
                figure.getAttribute("data-y-label"), figure.getAttribute("data-alt"), List.copyOf(categories),
                List.copyOf(series), List.copyOf(codes), values);
    }

    private static double number(Element td) {
        String v = td.getAttribute("data-value");
        if (v.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static RenderException problem(String id, String message) {
        return new RenderException(List.of(new TemplateProblem("edition.ftlh (output)", 0, 0,
                "chart " + (id.isEmpty() ? "without id" : "'" + id + "'") + ": " + message)));
    }
}
