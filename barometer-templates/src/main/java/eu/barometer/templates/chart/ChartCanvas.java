package eu.barometer.templates.chart;

import java.awt.Color;
import java.awt.Shape;
import java.util.List;

/**
 * Where {@link ChartDrawing} puts a chart: the HTML edition's inline SVG ({@link SvgChart}) or the
 * PDF's page canvas. Coordinates are the drawing's pixels ({@link ChartDrawing#WIDTH} wide, y
 * down); each canvas scales them to its own units. Text is Liberation Sans Regular at
 * {@link ChartDrawing#TICK} pixels; lines are {@link ChartDrawing#HAIRLINE} (grid, axes) or
 * {@link ChartDrawing#LINE} (series) wide.
 */
public interface ChartCanvas {

    /** Where a text stands relative to its point. */
    enum Anchor { START, MIDDLE, END }

    /** A hairline (grid line, axis). */
    void line(float xa, float ya, float xb, float yb, Color color);

    /** A label with its baseline at {@code y}, turned by {@code rotate} degrees (negative: counter-clockwise). */
    void text(float x, float y, Anchor anchor, int rotate, String text);

    /** A bar of a series, with the text a reader's tooltip shows. */
    void bar(float x, float y, float w, float h, Color fill, String tooltip);

    /** Opens a line series (its line and markers follow); {@code name} is its text alternative. */
    void beginSeries(String name);

    /** Closes the series opened last. */
    void endSeries();

    /** The line of a series: each array a polyline {@code x0, y0, x1, y1, …}, gaps where values are missing. */
    void seriesLine(List<float[]> polylines, SeriesStyle style);

    /** A filled marker shape (centred on the origin) placed at a point. */
    void marker(Shape shape, float x, float y, Color fill);

    /** The sample line of a line series in the legend. */
    void legendLine(float xa, float y, float xb, SeriesStyle style);

    /** The colour swatch of a bar series in the legend. */
    void swatch(float x, float y, float w, float h, Color fill);
}
