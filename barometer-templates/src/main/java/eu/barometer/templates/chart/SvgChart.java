package eu.barometer.templates.chart;

import eu.barometer.templates.internal.NumberStyle;
import eu.barometer.templates.internal.XmlText;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.List;

/**
 * Writes a {@link ChartData} as compact inline SVG for the HTML edition: {@link ChartDrawing}'s
 * geometry (the same the PDF paints), with real {@code <text>} labels, a {@code <title>} as text
 * alternative and a tooltip on every bar.
 */
public final class SvgChart implements ChartCanvas {

    /** The drawing width in CSS pixels; the SVG scales with its container. */
    public static final int WIDTH = ChartDrawing.WIDTH;

    private final StringBuilder sb = new StringBuilder(16 * 1024);

    private SvgChart() { }

    /** The SVG element of a chart; {@code id} prefixes the element ids inside it. */
    public static String svg(ChartData d, NumberStyle style, String id) {
        SvgChart svg = new SvgChart();
        int height = ChartDrawing.height(d);
        StringBuilder sb = svg.sb;
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\" font-family=\"'Liberation Sans', Arial, Helvetica, sans-serif\" font-size=\"")
                .append(fmt(ChartDrawing.TICK)).append("\"><title id=\"").append(id).append("-title\">");
        svg.escape(d.alt().isEmpty() ? d.caption() : d.alt());
        sb.append("</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        ChartDrawing.draw(d, style, svg);
        sb.append("</svg>");
        return sb.toString();
    }

    @Override
    public void line(float xa, float ya, float xb, float yb, Color color) {
        sb.append("<line x1=\"").append(fmt(xa)).append("\" y1=\"").append(fmt(ya)).append("\" x2=\"").append(fmt(xb))
                .append("\" y2=\"").append(fmt(yb)).append("\" stroke=\"").append(css(color)).append("\" stroke-width=\"")
                .append(fmt(ChartDrawing.HAIRLINE)).append("\"/>");
    }

    @Override
    public void text(float x, float y, Anchor anchor, int rotate, String text) {
        sb.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append('"');
        if (anchor != Anchor.START) {
            sb.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (rotate != 0) {
            sb.append(" transform=\"rotate(").append(rotate).append(' ').append(fmt(x)).append(' ').append(fmt(y)).append(")\"");
        }
        sb.append('>');
        escape(text);
        sb.append("</text>");
    }

    @Override
    public void bar(float x, float y, float w, float h, Color fill, String tooltip) {
        sb.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(fmt(w))
                .append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(css(fill)).append("\"><title>");
        escape(tooltip);
        sb.append("</title></rect>");
    }

    @Override
    public void beginSeries(String name) {
        sb.append("<g><title>");
        escape(name);
        sb.append("</title>");
    }

    @Override
    public void endSeries() {
        sb.append("</g>");
    }

    @Override
    public void seriesLine(List<float[]> polylines, SeriesStyle style) {
        sb.append("<path d=\"");
        for (float[] xy : polylines) {
            for (int i = 0; i < xy.length; i += 2) {
                sb.append(i == 0 ? 'M' : 'L').append(fmt(xy[i])).append(',').append(fmt(xy[i + 1]));
            }
        }
        sb.append("\" fill=\"none\" stroke=\"").append(style.css()).append("\" stroke-width=\"").append(fmt(ChartDrawing.LINE))
                .append('"').append(dashArray(style.dash())).append(" stroke-linejoin=\"round\"/>");
    }

    @Override
    public void marker(Shape shape, float x, float y, Color fill) {
        PathIterator it = shape.getPathIterator(null);
        StringBuilder p = new StringBuilder();
        float[] c = new float[6];
        while (!it.isDone()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> p.append('M').append(fmt(x + c[0])).append(',').append(fmt(y + c[1]));
                case PathIterator.SEG_LINETO -> p.append('L').append(fmt(x + c[0])).append(',').append(fmt(y + c[1]));
                case PathIterator.SEG_QUADTO -> p.append('Q').append(fmt(x + c[0])).append(',').append(fmt(y + c[1]))
                        .append(' ').append(fmt(x + c[2])).append(',').append(fmt(y + c[3]));
                case PathIterator.SEG_CUBICTO -> p.append('C').append(fmt(x + c[0])).append(',').append(fmt(y + c[1]))
                        .append(' ').append(fmt(x + c[2])).append(',').append(fmt(y + c[3])).append(' ').append(fmt(x + c[4]))
                        .append(',').append(fmt(y + c[5]));
                default -> p.append('Z');
            }
            it.next();
        }
        sb.append("<path d=\"").append(p).append("\" fill=\"").append(css(fill)).append("\"/>");
    }

    @Override
    public void legendLine(float xa, float y, float xb, SeriesStyle style) {
        sb.append("<line x1=\"").append(fmt(xa)).append("\" y1=\"").append(fmt(y)).append("\" x2=\"")
                .append(fmt(xb)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(style.css())
                .append("\" stroke-width=\"").append(fmt(ChartDrawing.LINE)).append('"').append(dashArray(style.dash())).append("/>");
    }

    @Override
    public void swatch(float x, float y, float w, float h, Color fill) {
        sb.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(css(fill)).append("\"/>");
    }

    /** A colour as SVG writes it: {@code #000} for black, else {@code #rrggbb}. */
    private static String css(Color c) {
        int rgb = c.getRGB() & 0xFFFFFF;
        if (rgb == 0) {
            return "#000";
        }
        String hex = Integer.toHexString(rgb);
        return "#" + "000000".substring(hex.length()) + hex;
    }

    /** The SVG dash attribute of a pattern at this drawing's line width; empty for a solid line. */
    private static String dashArray(SeriesStyle.Dash dash) {
        float[] pattern = dash.pattern();
        if (pattern.length == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder(" stroke-dasharray=\"");
        for (int i = 0; i < pattern.length; i++) {
            b.append(i == 0 ? "" : " ").append(fmt(pattern[i] * ChartDrawing.LINE));
        }
        return b.append('"').toString();
    }

    private static String fmt(float f) {
        int tenths = Math.abs(Math.round(f * 10));
        String sign = f < 0 && tenths > 0 ? "-" : "";
        return sign + (tenths % 10 == 0 ? Integer.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10));
    }

    private void escape(String s) {
        XmlText.text(s, sb);
    }
}
