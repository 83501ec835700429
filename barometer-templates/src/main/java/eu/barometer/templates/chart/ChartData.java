package eu.barometer.templates.chart;

import java.util.List;

/**
 * A chart as declared in the XHTML ({@code <figure class="chart">} with its data table): the
 * type, texts, categories (rows), series (columns) and values. The reader of the XHTML
 * ({@link eu.barometer.templates.xhtml.XhtmlReader}) makes one per chart, and every format draws
 * from it: the SVG and PDF charts, the native Word and Excel charts. Immutable.
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

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        seriesCodes = List.copyOf(seriesCodes);
        values = copy(values);
    }

    /** The values, values[series][category], as a copy: the chart's own cannot be changed. */
    @Override
    public double[][] values() {
        return copy(values);
    }

    /** The value of a series at a category; NaN where the cell has no value. */
    public double value(int series, int category) {
        return values[series][category];
    }

    private static double[][] copy(double[][] values) {
        double[][] out = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].clone();
        }
        return out;
    }
}
