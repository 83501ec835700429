package eu.barometer.templates.chart;

import eu.barometer.templates.internal.XmlText;
import eu.barometer.templates.internal.FontFiles;
import eu.barometer.templates.internal.NumberStyle;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;

/**
 * Writes a {@link ChartData} as compact inline SVG for the HTML edition: the same types, palette,
 * fonts and number style as the PDF's JFreeChart drawing, with real {@code <text>} labels, a
 * {@code <title>} as text alternative and a tooltip on every bar. Text widths are measured with
 * the Liberation Sans metrics, so labels fit as they do in the PDF.
 */
public final class SvgChart {

    /** The drawing width in CSS pixels; the SVG scales with its container. */
    public static final int WIDTH = 640;

    private static final float TICK = 10f;
    private static final Font TICK_FONT = FontFiles.sans(Font.PLAIN, TICK);
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final String GRID = "#c8c8c8";
    /** Line width in this drawing's pixels. */
    private static final float LINE = 1.6f;

    private final ChartData d;
    private final NumberStyle style;
    private final StringBuilder sb = new StringBuilder(16 * 1024);

    private SvgChart(ChartData d, NumberStyle style) {
        this.d = d;
        this.style = style;
    }

    /** The SVG element of a chart; {@code id} prefixes the element ids inside it. */
    public static String svg(ChartData d, NumberStyle style, String id) {
        return new SvgChart(d, style).write(id);
    }

    private String write(String id) {
        int height = Math.round(Charts.heightFor(d, WIDTH * 0.75f) / 0.75f);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\" font-family=\"'Liberation Sans', Arial, Helvetica, sans-serif\" font-size=\"")
                .append(fmt(TICK)).append("\"><title id=\"").append(id).append("-title\">");
        XmlText.text(d.alt().isEmpty() ? d.caption() : d.alt(), sb);
        sb.append("</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");

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
        sb.append("</svg>");
        return sb.toString();
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
            line(x0, y, x1, y, GRID);
            text(x0 - 4, y + TICK * 0.35f, "end", 0, style.integer(Math.round(v)));
        }
        int n = d.categories().size();
        float band = (x1 - x0) / n;
        for (int c = 0; c < n; c++) {
            float cx = x0 + band * (c + 0.5f);
            if (rotate) {
                text(cx + 3, y1 + 8, "end", -45, d.categories().get(c));
            } else {
                text(cx, y1 + TICK + 3, "middle", 0, d.categories().get(c));
            }
        }
        if (d.type().equals("line")) {
            for (int s = 0; s < d.series().size(); s++) {
                StringBuilder path = new StringBuilder();
                boolean pen = false;
                for (int c = 0; c < n; c++) {
                    double v = d.values()[s][c];
                    if (Double.isNaN(v)) {
                        pen = false;
                        continue;
                    }
                    float x = x0 + band * (c + 0.5f);
                    float y = (float) (y1 - (y1 - y0) * v / top);
                    path.append(pen ? 'L' : 'M').append(fmt(x)).append(',').append(fmt(y));
                    pen = true;
                }
                SeriesStyle st = d.style(s);
                sb.append("<g><title>");
                XmlText.text(d.series().get(s), sb);
                sb.append("</title><path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(st.css())
                        .append("\" stroke-width=\"").append(fmt(LINE)).append('"').append(dashArray(st.dash()))
                        .append(" stroke-linejoin=\"round\"/>");
                for (int c = 0; c < n; c++) {
                    double v = d.values()[s][c];
                    if (!Double.isNaN(v)) {
                        marker(st, x0 + band * (c + 0.5f), (float) (y1 - (y1 - y0) * v / top));
                    }
                }
                sb.append("</g>");
            }
        } else {
            for (int c = 0; c < n; c++) {
                float inner = band * 0.8f;
                float left = x0 + band * c + band * 0.1f;
                double base = 0;
                for (int s = 0; s < d.series().size(); s++) {
                    double v = d.values()[s][c];
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
        line(x0, y1, x1, y1, "#000");
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
            line(x, y0, x, y1, GRID);
            text(x, y1 + TICK + 3, "middle", 0, style.integer(Math.round(v)));
        }
        axisLabel((x0 + x1) / 2, y1 + 2 * TICK + 8, false);
        for (int c = 0; c < n; c++) {
            float cy = y0 + band * (c + 0.5f);
            text(x0 - 4, cy + TICK * 0.35f, "end", 0, d.categories().get(c));
            float inner = band * 0.8f;
            float topEdge = y0 + band * c + band * 0.1f;
            double base = 0;
            for (int s = 0; s < d.series().size(); s++) {
                double v = d.values()[s][c];
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
        line(x0, y0, x0, y1, "#000");
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
                    sb.append("<line x1=\"").append(fmt(xs[s] - 2)).append("\" y1=\"").append(fmt(y + 5)).append("\" x2=\"")
                            .append(fmt(xs[s] + 12)).append("\" y2=\"").append(fmt(y + 5)).append("\" stroke=\"").append(st.css())
                            .append("\" stroke-width=\"").append(fmt(LINE)).append('"').append(dashArray(st.dash())).append("/>");
                    marker(st, xs[s] + 5, y + 5);
                } else {
                    sb.append("<rect x=\"").append(fmt(xs[s])).append("\" y=\"").append(fmt(y + 1))
                            .append("\" width=\"10\" height=\"10\" fill=\"").append(st.css()).append("\"/>");
                }
                text(xs[s] + 14, y + TICK * 0.85f, "start", 0, names.get(s));
            }
        }
        return total;
    }

    // ---------------------------------------------------------------- primitives

    private void bar(float x, float y, float w, float h, int series, int category) {
        sb.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(fmt(Math.max(w, 0.5f)))
                .append("\" height=\"").append(fmt(Math.max(h, 0.5f))).append("\" fill=\"").append(d.style(series).css()).append("\"><title>");
        XmlText.text(d.categories().get(category) + " – " + d.series().get(series) + ": "
                + style.integer(Math.round(d.values()[series][category])), sb);
        sb.append("</title></rect>");
    }

    private void axisLabel(float x, float y, boolean vertical) {
        if (d.yLabel().isEmpty()) {
            return;
        }
        text(x, y, "middle", vertical ? -90 : 0, d.yLabel());
    }

    private void line(float xa, float ya, float xb, float yb, String color) {
        sb.append("<line x1=\"").append(fmt(xa)).append("\" y1=\"").append(fmt(ya)).append("\" x2=\"").append(fmt(xb))
                .append("\" y2=\"").append(fmt(yb)).append("\" stroke=\"").append(color).append("\" stroke-width=\"0.6\"/>");
    }

    private void text(float x, float y, String anchor, int rotate, String text) {
        sb.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append('"');
        if (!anchor.equals("start")) {
            sb.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (rotate != 0) {
            sb.append(" transform=\"rotate(").append(rotate).append(' ').append(fmt(x)).append(' ').append(fmt(y)).append(")\"");
        }
        sb.append('>');
        XmlText.text(text, sb);
        sb.append("</text>");
    }

    private double max() {
        double max = 0;
        int n = d.categories().size();
        for (int c = 0; c < n; c++) {
            double sum = 0;
            for (int s = 0; s < d.series().size(); s++) {
                double v = d.values()[s][c];
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

    private static float width(String s) {
        return (float) TICK_FONT.getStringBounds(s, FRC).getWidth();
    }

    /** A point marker: the shape of {@link Charts#shape}, scaled from points to this drawing's pixels. */
    private void marker(SeriesStyle st, float x, float y) {
        float scale = LINE / Charts.LINE_WIDTH;
        java.awt.geom.PathIterator it = Charts.shape(st.marker(), Charts.MARKER_SIZE * scale).getPathIterator(null);
        StringBuilder p = new StringBuilder();
        float[] c = new float[6];
        while (!it.isDone()) {
            switch (it.currentSegment(c)) {
                case java.awt.geom.PathIterator.SEG_MOVETO -> p.append('M').append(fmt(x + c[0])).append(',').append(fmt(y + c[1]));
                case java.awt.geom.PathIterator.SEG_LINETO -> p.append('L').append(fmt(x + c[0])).append(',').append(fmt(y + c[1]));
                case java.awt.geom.PathIterator.SEG_QUADTO -> p.append('Q').append(fmt(x + c[0])).append(',').append(fmt(y + c[1]))
                        .append(' ').append(fmt(x + c[2])).append(',').append(fmt(y + c[3]));
                case java.awt.geom.PathIterator.SEG_CUBICTO -> p.append('C').append(fmt(x + c[0])).append(',').append(fmt(y + c[1]))
                        .append(' ').append(fmt(x + c[2])).append(',').append(fmt(y + c[3])).append(' ').append(fmt(x + c[4]))
                        .append(',').append(fmt(y + c[5]));
                default -> p.append('Z');
            }
            it.next();
        }
        sb.append("<path d=\"").append(p).append("\" fill=\"").append(st.css()).append("\"/>");
    }

    /** The SVG dash attribute of a pattern at this drawing's line width; empty for a solid line. */
    private static String dashArray(SeriesStyle.Dash dash) {
        float[] pattern = dash.pattern();
        if (pattern.length == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder(" stroke-dasharray=\"");
        for (int i = 0; i < pattern.length; i++) {
            b.append(i == 0 ? "" : " ").append(fmt(pattern[i] * LINE));
        }
        return b.append('"').toString();
    }

    private static String fmt(float f) {
        int tenths = Math.abs(Math.round(f * 10));
        String sign = f < 0 && tenths > 0 ? "-" : "";
        return sign + (tenths % 10 == 0 ? Integer.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10));
    }
}
