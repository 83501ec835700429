package eu.barometer.templates.chart;

import eu.barometer.templates.internal.NumberStyle;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The one geometry of a chart, drawn the same way by every edition that draws it itself: the HTML
 * edition writes it as inline SVG ({@link SvgChart}), the PDF paints it straight onto the page
 * canvas, so the two show identical charts (the Word and Excel editions carry native charts built
 * from the same {@link ChartData} and {@link SeriesStyle}s). Axes, ticks, bars, lines, markers and
 * the legend are placed in a drawing {@link #WIDTH} pixels wide; text is measured with the metrics
 * of the embedded Liberation Sans, so labels fit as they are drawn.
 */
public final class ChartDrawing {

    /** The drawing width in pixels; the SVG scales with its container, the PDF to its column. */
    public static final int WIDTH = 640;
    /** The text size in pixels. */
    public static final float TICK = 10f;
    /** The width of a series' line in pixels. */
    public static final float LINE = 1.6f;
    /** The width of grid lines and axes in pixels. */
    public static final float HAIRLINE = 0.6f;

    static final Color GRID = new Color(0xC8C8C8);
    static final Color AXIS = Color.BLACK;

    private final ChartData d;
    private final NumberStyle style;
    private final ChartCanvas canvas;

    private ChartDrawing(ChartData d, NumberStyle style, ChartCanvas canvas) {
        this.d = d;
        this.style = style;
        this.canvas = canvas;
    }

    /** The height in pixels of a chart's drawing, from its type and number of categories. */
    public static int height(ChartData d) {
        return Math.round(Charts.heightFor(d, WIDTH * 0.75f) / 0.75f);
    }

    /** Draws a chart onto a canvas, {@link #WIDTH} by {@link #height} pixels. */
    public static void draw(ChartData d, NumberStyle style, ChartCanvas canvas) {
        new ChartDrawing(d, style, canvas).draw();
    }

    private void draw() {
        int height = height(d);
        double max = max();
        double step = niceStep(max / 5);
        double top = Math.max(step, Math.ceil(max / step) * step);
        float legendHeight = legend(height, true);
        if (d.horizontal()) {
            horizontal(height - legendHeight, top, step);
        } else {
            vertical(height - legendHeight, top, step);
        }
        legend(height, false);
    }

    // ---------------------------------------------------------------- layouts

    private void vertical(float bottomLimit, double top, double step) {
        float tickWidth = 0;
        for (double v = 0; v <= top + step / 2; v += step) {
            tickWidth = Math.max(tickWidth, width(style.integer(Math.round(v))));
        }
        boolean rotate = d.categories().size() > 8;
        float labelSpace = 0;
        for (String c : d.categories()) {
            labelSpace = Math.max(labelSpace, width(c));
        }
        float x0 = 18 + tickWidth + 6;
        float x1 = WIDTH - 8;
        float y0 = 8;
        float y1 = bottomLimit - (rotate ? labelSpace * 0.72f + 10 : TICK + 8);
        axisLabel(10, (y0 + y1) / 2, true);
        for (double v = 0; v <= top + step / 2; v += step) {
            float y = (float) (y1 - (y1 - y0) * v / top);
            canvas.line(x0, y, x1, y, GRID);
            canvas.text(x0 - 4, y + TICK * 0.35f, ChartCanvas.Anchor.END, 0, style.integer(Math.round(v)));
        }
        int n = d.categories().size();
        float band = (x1 - x0) / n;
        for (int c = 0; c < n; c++) {
            float cx = x0 + band * (c + 0.5f);
            if (rotate) {
                canvas.text(cx + 3, y1 + 8, ChartCanvas.Anchor.END, -45, d.categories().get(c));
            } else {
                canvas.text(cx, y1 + TICK + 3, ChartCanvas.Anchor.MIDDLE, 0, d.categories().get(c));
            }
        }
        if (d.type().equals("line")) {
            for (int s = 0; s < d.series().size(); s++) {
                List<float[]> lines = new ArrayList<>();
                float[] run = new float[2 * n];
                int len = 0;
                for (int c = 0; c < n; c++) {
                    double v = d.value(s, c);
                    if (Double.isNaN(v)) {
                        if (len > 0) {
                            lines.add(java.util.Arrays.copyOf(run, len));
                        }
                        len = 0;
                        continue;
                    }
                    run[len++] = x0 + band * (c + 0.5f);
                    run[len++] = (float) (y1 - (y1 - y0) * v / top);
                }
                if (len > 0) {
                    lines.add(java.util.Arrays.copyOf(run, len));
                }
                SeriesStyle st = d.style(s);
                canvas.beginSeries(d.series().get(s));
                canvas.seriesLine(lines, st);
                for (int c = 0; c < n; c++) {
                    double v = d.value(s, c);
                    if (!Double.isNaN(v)) {
                        marker(st, x0 + band * (c + 0.5f), (float) (y1 - (y1 - y0) * v / top));
                    }
                }
                canvas.endSeries();
            }
        } else {
            for (int c = 0; c < n; c++) {
                float inner = band * 0.8f;
                float left = x0 + band * c + band * 0.1f;
                double base = 0;
                for (int s = 0; s < d.series().size(); s++) {
                    double v = d.value(s, c);
                    if (Double.isNaN(v) || v == 0) {
                        continue;
                    }
                    float bw = d.stacked() ? inner : inner / d.series().size();
                    float bx = d.stacked() ? left : left + bw * s;
                    double from = d.stacked() ? base : 0;
                    float ya = (float) (y1 - (y1 - y0) * (from + v) / top);
                    float yb = (float) (y1 - (y1 - y0) * from / top);
                    bar(bx, ya, bw, yb - ya, s, c);
                    base += v;
                }
            }
        }
        canvas.line(x0, y1, x1, y1, AXIS);
    }

    private void horizontal(float bottomLimit, double top, double step) {
        float labelWidth = 0;
        for (String c : d.categories()) {
            labelWidth = Math.max(labelWidth, width(c));
        }
        String lastTick = style.integer(Math.round(top));
        float x0 = 6 + labelWidth + 6;
        float x1 = WIDTH - 8 - width(lastTick) / 2;
        float y0 = 6;
        float y1 = bottomLimit - (TICK + 8) - (d.yLabel().isEmpty() ? 0 : TICK + 6);
        int n = d.categories().size();
        float band = (y1 - y0) / Math.max(1, n);
        for (double v = 0; v <= top + step / 2; v += step) {
            float x = (float) (x0 + (x1 - x0) * v / top);
            canvas.line(x, y0, x, y1, GRID);
            canvas.text(x, y1 + TICK + 3, ChartCanvas.Anchor.MIDDLE, 0, style.integer(Math.round(v)));
        }
        axisLabel((x0 + x1) / 2, y1 + 2 * TICK + 8, false);
        for (int c = 0; c < n; c++) {
            float cy = y0 + band * (c + 0.5f);
            canvas.text(x0 - 4, cy + TICK * 0.35f, ChartCanvas.Anchor.END, 0, d.categories().get(c));
            float inner = band * 0.8f;
            float topEdge = y0 + band * c + band * 0.1f;
            double base = 0;
            for (int s = 0; s < d.series().size(); s++) {
                double v = d.value(s, c);
                if (Double.isNaN(v) || v == 0) {
                    continue;
                }
                float bh = d.stacked() ? inner : inner / d.series().size();
                float by = d.stacked() ? topEdge : topEdge + bh * s;
                double from = d.stacked() ? base : 0;
                float xa = (float) (x0 + (x1 - x0) * from / top);
                float xb = (float) (x0 + (x1 - x0) * (from + v) / top);
                bar(xa, by, xb - xa, bh, s, c);
                base += v;
            }
        }
        canvas.line(x0, y0, x0, y1, AXIS);
    }

    /** Lays out the legend below the plot; with {@code measure} only returns its height. */
    private float legend(int height, boolean measure) {
        if (d.series().size() < 2) {
            return 0;
        }
        float rowHeight = TICK + 6;
        float x = 8;
        int rows = 1;
        List<String> names = d.series();
        float[] xs = new float[names.size()];
        int[] rs = new int[names.size()];
        for (int s = 0; s < names.size(); s++) {
            float w = 14 + width(names.get(s)) + 14;
            if (x + w > WIDTH - 8 && x > 8) {
                rows++;
                x = 8;
            }
            xs[s] = x;
            rs[s] = rows;
            x += w;
        }
        float total = rows * rowHeight + 6;
        if (!measure) {
            float y0 = height - total + 4;
            for (int s = 0; s < names.size(); s++) {
                float y = y0 + (rs[s] - 1) * rowHeight;
                SeriesStyle st = d.style(s);
                if (d.type().equals("line")) {
                    canvas.legendLine(xs[s] - 2, y + 5, xs[s] + 12, st);
                    marker(st, xs[s] + 5, y + 5);
                } else {
                    canvas.swatch(xs[s], y + 1, 10, 10, st.color());
                }
                canvas.text(xs[s] + 14, y + TICK * 0.85f, ChartCanvas.Anchor.START, 0, names.get(s));
            }
        }
        return total;
    }

    // ---------------------------------------------------------------- helpers

    private void bar(float x, float y, float w, float h, int series, int category) {
        canvas.bar(x, y, Math.max(w, 0.5f), Math.max(h, 0.5f), d.style(series).color(),
                d.categories().get(category) + " – " + d.series().get(series) + ": "
                        + style.integer(Math.round(d.value(series, category))));
    }

    private void axisLabel(float x, float y, boolean vertical) {
        if (d.yLabel().isEmpty()) {
            return;
        }
        canvas.text(x, y, ChartCanvas.Anchor.MIDDLE, vertical ? -90 : 0, d.yLabel());
    }

    /** A point marker: the shape of {@link Charts#shape}, scaled from points to this drawing's pixels. */
    private void marker(SeriesStyle st, float x, float y) {
        float scale = LINE / Charts.LINE_WIDTH;
        canvas.marker(Charts.shape(st.marker(), Charts.MARKER_SIZE * scale), x, y, st.color());
    }

    private double max() {
        double max = 0;
        int n = d.categories().size();
        for (int c = 0; c < n; c++) {
            double sum = 0;
            for (int s = 0; s < d.series().size(); s++) {
                double v = d.value(s, c);
                if (!Double.isNaN(v)) {
                    sum = d.stacked() ? sum + v : Math.max(sum, v);
                }
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least the raw step and at least 1. */
    static double niceStep(double raw) {
        if (raw <= 1) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** The width of a label in pixels. */
    static float width(String s) {
        return TextWidths.SANS.width(s, TICK);
    }
}
