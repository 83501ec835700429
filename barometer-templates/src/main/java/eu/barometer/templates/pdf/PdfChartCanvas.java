package eu.barometer.templates.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import eu.barometer.templates.chart.ChartCanvas;
import eu.barometer.templates.chart.ChartDrawing;
import eu.barometer.templates.chart.SeriesStyle;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.List;

/**
 * Paints {@link ChartDrawing}'s geometry straight onto a PDF canvas (a form XObject of the page):
 * vector paths, and text in the embedded Liberation Sans that stays real, searchable text. The
 * drawing's pixels are scaled to the chart's width in points and its y axis turned upwards.
 */
final class PdfChartCanvas implements ChartCanvas {

    private final PdfContentByte cb;
    private final BaseFont font;
    private final float scale;
    private final float height;

    /**
     * @param cb     the canvas, its origin at the chart's lower left corner
     * @param font   Liberation Sans Regular
     * @param scale  points per drawing pixel
     * @param height the chart's height in points
     */
    PdfChartCanvas(PdfContentByte cb, BaseFont font, float scale, float height) {
        this.cb = cb;
        this.font = font;
        this.scale = scale;
        this.height = height;
    }

    private float x(float px) {
        return px * scale;
    }

    private float y(float px) {
        return height - px * scale;
    }

    @Override
    public void line(float xa, float ya, float xb, float yb, Color color) {
        cb.setColorStroke(color);
        cb.setLineWidth(ChartDrawing.HAIRLINE * scale);
        cb.setLineDash(0);
        cb.setLineCap(PdfContentByte.LINE_CAP_BUTT);
        cb.moveTo(x(xa), y(ya));
        cb.lineTo(x(xb), y(yb));
        cb.stroke();
    }

    @Override
    public void text(float x, float y, Anchor anchor, int rotate, String text) {
        int align = switch (anchor) {
            case START -> PdfContentByte.ALIGN_LEFT;
            case MIDDLE -> PdfContentByte.ALIGN_CENTER;
            case END -> PdfContentByte.ALIGN_RIGHT;
        };
        cb.beginText();
        cb.setFontAndSize(font, ChartDrawing.TICK * scale);
        cb.setColorFill(Color.BLACK);
        // SVG turns clockwise for a positive angle (its y axis points down), PDF counter-clockwise.
        cb.showTextAligned(align, text, x(x), y(y), -rotate);
        cb.endText();
    }

    @Override
    public void bar(float x, float y, float w, float h, Color fill, String tooltip) {
        cb.setColorFill(fill);
        cb.rectangle(x(x), y(y + h), w * scale, h * scale);
        cb.fill();
    }

    @Override
    public void beginSeries(String name) {
        // A PDF has no grouping a reader would see; the legend names the series.
    }

    @Override
    public void endSeries() {
        // See beginSeries.
    }

    @Override
    public void seriesLine(List<float[]> polylines, SeriesStyle style) {
        if (polylines.isEmpty()) {
            return;
        }
        stroke(style);
        for (float[] xy : polylines) {
            cb.moveTo(x(xy[0]), y(xy[1]));
            for (int i = 2; i < xy.length; i += 2) {
                cb.lineTo(x(xy[i]), y(xy[i + 1]));
            }
        }
        cb.stroke();
    }

    @Override
    public void marker(Shape shape, float x, float y, Color fill) {
        cb.setColorFill(fill);
        PathIterator it = shape.getPathIterator(null);
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        while (!it.isDone()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cb.moveTo(x(x + c[0]), y(y + c[1]));
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cb.lineTo(x(x + c[0]), y(y + c[1]));
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // A quadratic Bézier as the cubic through the same points.
                    float c1x = lastX + 2f / 3f * (c[0] - lastX);
                    float c1y = lastY + 2f / 3f * (c[1] - lastY);
                    float c2x = c[2] + 2f / 3f * (c[0] - c[2]);
                    float c2y = c[3] + 2f / 3f * (c[1] - c[3]);
                    cb.curveTo(x(x + c1x), y(y + c1y), x(x + c2x), y(y + c2y), x(x + c[2]), y(y + c[3]));
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cb.curveTo(x(x + c[0]), y(y + c[1]), x(x + c[2]), y(y + c[3]), x(x + c[4]), y(y + c[5]));
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> cb.closePath();
            }
            it.next();
        }
        if (it.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
            cb.eoFill();
        } else {
            cb.fill();
        }
    }

    @Override
    public void legendLine(float xa, float y, float xb, SeriesStyle style) {
        stroke(style);
        cb.moveTo(x(xa), y(y));
        cb.lineTo(x(xb), y(y));
        cb.stroke();
    }

    @Override
    public void swatch(float x, float y, float w, float h, Color fill) {
        cb.setColorFill(fill);
        cb.rectangle(x(x), y(y + h), w * scale, h * scale);
        cb.fill();
    }

    /** A series' line: its colour, width and dashes (scaled by the width, as in the SVG), round joins. */
    private void stroke(SeriesStyle style) {
        float width = ChartDrawing.LINE * scale;
        cb.setColorStroke(style.color());
        cb.setLineWidth(width);
        cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        cb.setLineCap(PdfContentByte.LINE_CAP_BUTT);
        float[] pattern = style.dash().pattern();
        if (pattern.length == 0) {
            cb.setLineDash(0);
        } else {
            float[] scaled = new float[pattern.length];
            for (int i = 0; i < pattern.length; i++) {
                scaled[i] = pattern[i] * width;
            }
            cb.setLineDash(scaled, 0);
        }
    }
}
