package eu.barometer.templates.chart;

import eu.barometer.templates.internal.FontFiles;
import eu.barometer.templates.internal.NumberStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Draws a {@link ChartData} with JFreeChart onto any {@link Graphics2D}: OpenPDF's PdfGraphics2D
 * for the PDF (vector, real text) and JFreeSVG for the HTML edition, so both look the same.
 * Fonts are the embedded Liberation fonts; numbers follow the edition language's style.
 */
public final class Charts {

    /** Line width and marker size in points, in the PDF; the other editions scale from them. */
    static final float LINE_WIDTH = 1.2f;
    static final float MARKER_SIZE = 3.6f;

    private Charts() { }

    /** The height in points a chart needs at a width, from its type and number of categories. */
    public static float heightFor(ChartData d, float width) {
        if (d.horizontal()) {
            int bars = d.categories().size() * (d.stacked() ? 1 : Math.max(1, d.series().size()));
            float perBar = d.stacked() || d.series().size() == 1 ? 11f : 6.5f;
            return Math.max(120f, 50f + bars * perBar + (d.series().size() > 1 ? 18f : 0f));
        }
        return Math.min(260f, Math.max(170f, width * 0.5f));
    }

    /** Draws the chart into an area of a graphics context. */
    public static void draw(ChartData d, NumberStyle style, Graphics2D g, Rectangle2D area) {
        build(d, style).draw(g, area);
    }

    static JFreeChart build(ChartData d, NumberStyle style) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (int s = 0; s < d.series().size(); s++) {
            for (int c = 0; c < d.categories().size(); c++) {
                double v = d.values()[s][c];
                ds.addValue(Double.isNaN(v) ? null : v, key(d.series().get(s), s), key(d.categories().get(c), c));
            }
        }
        Font tick = FontFiles.sans(Font.PLAIN, 7f);
        Font label = FontFiles.sans(Font.PLAIN, 7.5f);
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(tick);
        categories.setCategoryMargin(d.type().equals("line") ? 0 : 0.18);
        categories.setLowerMargin(0.01);
        categories.setUpperMargin(0.01);
        categories.setMaximumCategoryLabelLines(2);
        categories.setTickMarksVisible(false);
        NumberAxis values = new NumberAxis(d.yLabel());
        values.setLabelFont(label);
        values.setTickLabelFont(tick);
        values.setNumberFormatOverride(new StyleFormat(style));
        values.setAutoRangeIncludesZero(true);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());

        CategoryItemRenderer renderer;
        if (d.type().equals("line")) {
            LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
            for (int s = 0; s < d.series().size(); s++) {
                SeriesStyle st = d.style(s);
                r.setSeriesStroke(s, stroke(st.dash(), LINE_WIDTH));
                r.setSeriesShape(s, shape(st.marker(), MARKER_SIZE));
                r.setSeriesShapesFilled(s, st.marker() != SeriesStyle.Marker.X && st.marker() != SeriesStyle.Marker.PLUS);
            }
            r.setUseOutlinePaint(false);
            renderer = r;
            if (d.categories().size() > 8) {
                categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            }
        } else {
            BarRenderer r = d.stacked() ? new StackedBarRenderer() : new BarRenderer();
            r.setBarPainter(new StandardBarPainter());
            r.setShadowVisible(false);
            r.setDrawBarOutline(false);
            r.setItemMargin(0.02);
            r.setMaximumBarWidth(0.08);
            renderer = r;
            if (!d.horizontal() && d.categories().size() > 8) {
                categories.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
            }
        }
        for (int s = 0; s < d.series().size(); s++) {
            renderer.setSeriesPaint(s, d.style(s).color());
        }
        CategoryPlot plot = new CategoryPlot(ds, categories, values, renderer);
        plot.setOrientation(d.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xC8C8C8));
        plot.setRangeGridlineStroke(new BasicStroke(0.4f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(2, 2, 2, 6));

        JFreeChart chart = new JFreeChart(null, label, plot, d.series().size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(0, 0, 0, 0));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(tick);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
        return chart;
    }

    /** A line of a width with a dash pattern, its dashes scaled by the width as DrawingML does. */
    static BasicStroke stroke(SeriesStyle.Dash dash, float width) {
        float[] p = dash.pattern();
        if (p.length == 0) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] scaled = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            scaled[i] = p[i] * width;
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, scaled, 0f);
    }

    /** A marker shape centred on the origin. */
    static Shape shape(SeriesStyle.Marker marker, float size) {
        float h = size / 2;
        return switch (marker) {
            case CIRCLE -> new Ellipse2D.Float(-h, -h, size, size);
            case SQUARE -> new Rectangle2D.Float(-h * 0.9f, -h * 0.9f, size * 0.9f, size * 0.9f);
            case TRIANGLE -> polygon(0, -h, h, h, -h, h);
            case DIAMOND -> polygon(0, -h, h, 0, 0, h, -h, 0);
            case X -> new BasicStroke(size / 5).createStrokedShape(lines(-h, -h, h, h, -h, h, h, -h));
            case PLUS -> new BasicStroke(size / 5).createStrokedShape(lines(0, -h, 0, h, -h, 0, h, 0));
            case STAR -> star(h);
            case DASH -> new Rectangle2D.Float(-h, -size / 8, size, size / 4);
            case DOT -> new Ellipse2D.Float(-h / 2, -h / 2, h, h);
        };
    }

    private static Shape polygon(float... xy) {
        Path2D.Float p = new Path2D.Float();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    private static Shape lines(float... xy) {
        Path2D.Float p = new Path2D.Float();
        for (int i = 0; i < xy.length; i += 4) {
            p.moveTo(xy[i], xy[i + 1]);
            p.lineTo(xy[i + 2], xy[i + 3]);
        }
        return p;
    }

    private static Shape star(float r) {
        float[] xy = new float[20];
        for (int i = 0; i < 10; i++) {
            double a = Math.PI / 5 * i - Math.PI / 2;
            float radius = i % 2 == 0 ? r : r * 0.45f;
            xy[2 * i] = (float) (Math.cos(a) * radius);
            xy[2 * i + 1] = (float) (Math.sin(a) * radius);
        }
        return polygon(xy);
    }

    /** A unique key for a label; JFreeChart needs distinct keys even if two labels are equal. */
    private static Comparable<String> key(String label, int index) {
        return new Key(label, index);
    }

    private record Key(String label, int index) implements Comparable<String> {
        @Override
        public int compareTo(String o) {
            return label.compareTo(o);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Axis numbers in the edition language's style ({@code 1,000} / {@code 1 000}). */
    private static final class StyleFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final transient NumberStyle style;

        StyleFormat(NumberStyle style) {
            this.style = style;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return to.append(style.integer(Math.round(number)));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return to.append(style.integer(number));
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
