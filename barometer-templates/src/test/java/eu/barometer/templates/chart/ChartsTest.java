package eu.barometer.templates.chart;

import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Route;
import eu.barometer.templates.internal.NumberStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.junit.jupiter.api.Test;

import java.awt.BasicStroke;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF's JFreeChart drawing takes its colours, dashes and markers from {@link SeriesStyle}. */
class ChartsTest {

    @Test
    void pdfLinesTakeTheRouteStylesWithDistinctDashesAndMarkersEvenWhenFlatAtZero() {
        List<String> codes = List.of(Route.BLACK_SEA.code(), Route.OTHER.code(), Route.EASTERN_MEDITERRANEAN.code());
        double[][] zeros = {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}};
        ChartData d = new ChartData("c", "line", "caption", "y", "alt", List.of("Jan", "Feb", "Mar"),
                List.of("Black Sea", "Other", "Eastern Mediterranean"), codes, zeros);
        JFreeChart chart = Charts.build(d, NumberStyle.of(Language.EN));
        LineAndShapeRenderer r = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        Set<List<Float>> dashes = new HashSet<>();
        Set<String> shapes = new HashSet<>();
        for (int s = 0; s < codes.size(); s++) {
            SeriesStyle style = SeriesStyle.of(codes.get(s), s);
            assertEquals(style.color(), r.getSeriesPaint(s), codes.get(s));
            float[] dash = ((BasicStroke) r.getSeriesStroke(s)).getDashArray();
            dashes.add(dash == null ? List.of() : toList(dash));
            assertTrue(r.getSeriesShapesVisible(s) == null || r.getSeriesShapesVisible(s), "markers drawn");
            shapes.add(r.getSeriesShape(s).getBounds2D() + "/" + r.getSeriesShape(s).getClass().getSimpleName()
                    + "/" + pathLength(r.getSeriesShape(s)));
        }
        assertEquals(3, dashes.size(), "three dash patterns: " + dashes);
        assertEquals(3, shapes.size(), "three marker shapes: " + shapes);
        assertEquals(new java.awt.Color(0x009E73), SeriesStyle.of(Route.EASTERN_MEDITERRANEAN.code(), 0).color());
    }

    private static List<Float> toList(float[] a) {
        List<Float> l = new java.util.ArrayList<>();
        for (float f : a) {
            l.add(f);
        }
        return l;
    }

    private static int pathLength(java.awt.Shape s) {
        int n = 0;
        for (var it = s.getPathIterator(null); !it.isDone(); it.next()) {
            n++;
        }
        return n;
    }
}
