package eu.barometer.templates.chart;

import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Route;

import java.awt.Color;
import java.util.List;

/**
 * How one chart series looks, the same in every edition (PDF, HTML, DOCX, XLSX): a colour, a dash
 * pattern and a point marker. A series coded as a migratory route ({@code central-mediterranean})
 * or an information system ({@code SIS}, or a measure of it such as {@code SIS.searches}) has its
 * own style wherever it is drawn; other series are styled by their place in the chart. Dashes and
 * markers differ from one style to the next, so lines can be told apart without colour, and
 * series that lie on top of each other (several flat at zero) still show their markers.
 *
 * @param rgb    the colour as six hex digits, e.g. {@code 0E47CB}
 * @param dash   the line's dash pattern
 * @param marker the shape drawn at each point of a line
 */
public record SeriesStyle(String rgb, Dash dash, Marker marker) {

    /** Dash patterns, with the names DrawingML gives them. */
    public enum Dash {
        SOLID("solid"), DASH("dash"), DOT("sysDot"), DASH_DOT("dashDot"), LONG_DASH("lgDash"), LONG_DASH_DOT("lgDashDot"),
        LONG_DASH_DOT_DOT("lgDashDotDot"), SHORT_DASH("sysDash"), SHORT_DASH_DOT("sysDashDot");

        private final String drawingMl;

        Dash(String drawingMl) {
            this.drawingMl = drawingMl;
        }

        /** The {@code a:prstDash} value. */
        public String drawingMl() {
            return drawingMl;
        }

        /**
         * Dash and gap lengths in multiples of the line width, as DrawingML defines the presets;
         * empty for a solid line.
         */
        public float[] pattern() {
            return switch (this) {
                case SOLID -> new float[0];
                case DASH -> new float[] {4, 3};
                case DOT -> new float[] {1, 1};
                case DASH_DOT -> new float[] {4, 3, 1, 3};
                case LONG_DASH -> new float[] {8, 3};
                case LONG_DASH_DOT -> new float[] {8, 3, 1, 3};
                case LONG_DASH_DOT_DOT -> new float[] {8, 3, 1, 3, 1, 3};
                case SHORT_DASH -> new float[] {3, 1};
                case SHORT_DASH_DOT -> new float[] {3, 1, 1, 1};
            };
        }
    }

    /** Point markers, with the names DrawingML gives them. */
    public enum Marker {
        CIRCLE("circle"), SQUARE("square"), TRIANGLE("triangle"), DIAMOND("diamond"), X("x"), PLUS("plus"), STAR("star"),
        DASH("dash"), DOT("dot");

        private final String drawingMl;

        Marker(String drawingMl) {
            this.drawingMl = drawingMl;
        }

        /** The {@code c:symbol} value. */
        public String drawingMl() {
            return drawingMl;
        }
    }

    /** Colours in order: EU blue first, then Okabe–Ito's colour-blind-safe set and darker tones. */
    private static final List<String> COLOURS = List.of("0E47CB", "E69F00", "009E73", "D55E00", "56B4E9", "CC79A7",
            "8C6D31", "5A5A5A", "B8A200", "7F3C8D");

    /** The routes in the order of their styles: the largest flows of recent years take the first ones. */
    private static final List<Route> ROUTES = List.of(Route.CENTRAL_MEDITERRANEAN, Route.WESTERN_BALKAN,
            Route.EASTERN_MEDITERRANEAN, Route.WESTERN_AFRICAN, Route.WESTERN_MEDITERRANEAN, Route.EASTERN_BORDERS,
            Route.CIRCULAR_ALBANIA_GREECE, Route.BLACK_SEA, Route.OTHER);

    private static final List<InformationSystem> SYSTEMS = List.of(InformationSystem.SIS, InformationSystem.SIENA,
            InformationSystem.EIS, InformationSystem.FIELDS, InformationSystem.FADO, InformationSystem.SLTD,
            InformationSystem.VIS, InformationSystem.EURODAC);

    /**
     * The style of a series.
     *
     * @param code  the series' code ({@code data-code} of its column head), empty if none
     * @param index the series' place in its chart, from 0
     */
    public static SeriesStyle of(String code, int index) {
        for (int i = 0; i < ROUTES.size(); i++) {
            if (ROUTES.get(i).code().equals(code)) {
                return nth(i);
            }
        }
        String system = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
        for (int i = 0; i < SYSTEMS.size(); i++) {
            if (SYSTEMS.get(i).code().equals(system)) {
                return nth(i);
            }
        }
        return nth(index);
    }

    /** The n-th style: colours, dashes and markers each run through their own list. */
    static SeriesStyle nth(int n) {
        Dash[] dashes = Dash.values();
        Marker[] markers = Marker.values();
        return new SeriesStyle(COLOURS.get(n % COLOURS.size()), dashes[n % dashes.length], markers[n % markers.length]);
    }

    /** The colour as {@link Color} (the PDF canvas takes it). */
    public Color color() {
        return new Color(Integer.parseInt(rgb, 16));
    }

    /** The colour as CSS/SVG writes it, e.g. {@code #0e47cb}. */
    public String css() {
        return "#" + rgb.toLowerCase(java.util.Locale.ROOT);
    }
}
