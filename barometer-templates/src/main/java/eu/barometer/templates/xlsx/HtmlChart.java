package eu.barometer.templates.xlsx;

import eu.barometer.templates.xhtml.Subset;
import eu.barometer.templates.RenderException;
import org.w3c.dom.Element;

import java.util.Optional;

/**
 * A {@code figure.chart}: its kind, caption, axis label, alternative text and data table (first
 * column the categories, each further column a series).
 *
 * @param where     the figure's place for problems, e.g. {@code figure#c-crossings}
 * @param kind      line, bar, hbar, stacked-bar or stacked-hbar
 * @param caption   the figcaption text
 * @param yLabel    the value axis label, empty if none
 * @param alt       the alternative text, empty if none
 * @param sheetName the {@code data-sheet} of the figure or its table, if any
 * @param data      the data table
 */
record HtmlChart(String where, String kind, String caption, String yLabel, String alt, Optional<String> sheetName,
                 HtmlTable data) {

    /** Reads a figure.chart element. */
    static HtmlChart read(Element figure) throws RenderException {
        String where = Xhtml.where(figure);
        String kind = Xhtml.attr(figure, "data-chart").orElse("");
        if (!Subset.isChartType(kind)) {
            throw HtmlTable.problem(where + ": data-chart=\"" + kind + "\"; expected one of " + String.join(", ", Subset.CHART_TYPES));
        }
        String caption = Xhtml.child(figure, "figcaption").map(Xhtml::text).orElse("");
        Element table = Xhtml.first(figure, e -> Xhtml.is(e, "table"))
                .orElseThrow(() -> HtmlTable.problem(where + ": a chart needs its data as a <table class=\"chart-data\">"));
        HtmlTable t = HtmlTable.read(table);
        Optional<String> source = Xhtml.attr(figure, "data-source").filter(s -> !s.isBlank()).or(t::source);
        if (t.caption().isEmpty() || !source.equals(t.source())) {
            t = new HtmlTable(t.where(), t.caption().isEmpty() ? caption : t.caption(), t.sheetName(), t.head(), t.body(),
                    t.foot(), t.footnotes(), source, t.legend());
        }
        if (t.columns() < 2 || t.body().isEmpty()) {
            throw HtmlTable.problem(where + ": the chart's table needs a category column, at least one series column"
                    + " and at least one row");
        }
        Optional<String> sheet = Xhtml.attr(figure, "data-sheet").or(t::sheetName);
        return new HtmlChart(where, kind, caption, Xhtml.attr(figure, "data-y-label").orElse(""),
                Xhtml.attr(figure, "data-alt").orElse(""), sheet, t);
    }
}
