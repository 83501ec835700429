package eu.barometer.templates.chart;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Sizes and marker shapes shared by the chart drawings ({@link ChartDrawing}: the HTML's SVG and
 * the PDF's canvas).
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
}
