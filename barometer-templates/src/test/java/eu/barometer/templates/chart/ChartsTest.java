package eu.barometer.templates.chart;

import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Route;
import eu.barometer.templates.internal.NumberStyle;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ChartDrawing}, the geometry the HTML's SVG and the PDF's canvas both draw, takes its
 * colours, dashes and markers from {@link SeriesStyle} and measures labels with Liberation Sans.
 */
class ChartsTest {

    /** Records what a drawing asks a canvas to draw. */
    private static final class Recording implements ChartCanvas {
        final List<SeriesStyle> lines = new ArrayList<>();
        final List<String> markers = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final List<float[]> bars = new ArrayList<>();

        @Override public void line(float xa, float ya, float xb, float yb, Color color) { }
        @Override public void text(float x, float y, Anchor anchor, int rotate, String text) { texts.add(text); }
        @Override public void bar(float x, float y, float w, float h, Color fill, String tooltip) { bars.add(new float[]{x, y, w, h}); }
        @Override public void beginSeries(String name) { }
        @Override public void endSeries() { }
        @Override public void seriesLine(List<float[]> polylines, SeriesStyle style) { lines.add(style); }
        @Override public void marker(Shape shape, float x, float y, Color fill) {
            markers.add(fill + "/" + shape.getBounds2D() + "/" + shape.getClass().getSimpleName() + "/" + pathLength(shape));
        }
        @Override public void legendLine(float xa, float y, float xb, SeriesStyle style) { }
        @Override public void swatch(float x, float y, float w, float h, Color fill) { }
    }

    @Test
    void linesTakeTheRouteStylesWithDistinctDashesAndMarkersEvenWhenFlatAtZero() {
        List<String> codes = List.of(Route.BLACK_SEA.code(), Route.OTHER.code(), Route.EASTERN_MEDITERRANEAN.code());
        double[][] zeros = {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}};
        ChartData d = new ChartData("c", "line", "caption", "y", "alt", List.of("Jan", "Feb", "Mar"),
                List.of("Black Sea", "Other", "Eastern Mediterranean"), codes, zeros);
        Recording r = new Recording();
        ChartDrawing.draw(d, NumberStyle.of(Language.EN), r);
        assertEquals(3, r.lines.size(), "one line per series");
        Set<List<Float>> dashes = new HashSet<>();
        for (int s = 0; s < codes.size(); s++) {
            assertEquals(SeriesStyle.of(codes.get(s), s), r.lines.get(s), codes.get(s));
            dashes.add(toList(r.lines.get(s).dash().pattern()));
        }
        assertEquals(3, dashes.size(), "three dash patterns: " + dashes);
        // Three points per series plus one marker in the legend, all drawn although the lines lie on top of each other.
        assertEquals(12, r.markers.size(), "markers: " + r.markers);
        assertEquals(3, distinctShapes(r.markers), "three marker shapes: " + r.markers);
        assertEquals(new Color(0x009E73), SeriesStyle.of(Route.EASTERN_MEDITERRANEAN.code(), 0).color());
        assertTrue(r.texts.containsAll(List.of("Jan", "Feb", "Mar", "Black Sea", "Other", "Eastern Mediterranean")),
                "categories and legend drawn as text: " + r.texts);
    }

    @Test
    void stackedBarsOfACategoryStandOnEachOther() {
        ChartData d = new ChartData("c", "stacked-bar", "caption", "", "alt", List.of("A", "B"),
                List.of("one", "two"), List.of("", ""), new double[][]{{10, 5}, {30, 0}});
        Recording r = new Recording();
        ChartDrawing.draw(d, NumberStyle.of(Language.EN), r);
        assertEquals(3, r.bars.size(), "a zero draws no bar");
        float[] lower = r.bars.get(0);
        float[] upper = r.bars.get(1);
        assertEquals(lower[0], upper[0], 0.001f, "same column");
        assertEquals(lower[1], upper[1] + upper[3], 0.01f, "the second series starts where the first ends");
        assertEquals(3 * lower[3], upper[3], 0.01f, "heights in proportion to the values");
        assertTrue(r.texts.contains("40"), "the value axis reaches the stack's total: " + r.texts);
    }

    @Test
    void labelWidthsAreLiberationSansAdvances() {
        // Liberation Sans (metric-compatible with Arial): 'H' and 'n' are 1479 and 1139 of 2048 units,
        // the digits 1139 each, a no-break space 569.
        assertEquals(1479f / 2048 * 10, TextWidths.SANS.width("H", 10f), 0.001f);
        assertEquals((1479f + 1139f) / 2048 * 20, TextWidths.SANS.width("Hn", 20f), 0.001f);
        assertEquals((2 * 1139f + 569f + 3 * 1139f) / 2048 * 10, TextWidths.SANS.width("26\u00A0000", 10f), 0.001f);
        assertTrue(TextWidths.SANS.width("Ωμέγα Щ", 10f) > TextWidths.SANS.width("Ωμ", 10f), "Greek and Cyrillic are measured");
    }

    private static int distinctShapes(List<String> markers) {
        Set<String> shapes = new HashSet<>();
        for (String m : markers) {
            shapes.add(m.substring(m.indexOf('/') + 1));
        }
        return shapes.size();
    }

    private static List<Float> toList(float[] a) {
        List<Float> l = new ArrayList<>();
        for (float f : a) {
            l.add(f);
        }
        return l;
    }

    private static int pathLength(Shape s) {
        int n = 0;
        for (var it = s.getPathIterator(null); !it.isDone(); it.next()) {
            n++;
        }
        return n;
    }
}
