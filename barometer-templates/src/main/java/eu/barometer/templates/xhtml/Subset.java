package eu.barometer.templates.xhtml;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The XHTML subset of {@code docs/xhtml-subset.md}, declared once: its elements, the classes and
 * chart types with a meaning, the link rule and the limits. {@code templates check}, the subset
 * check every renderer runs, and the renderers themselves read it from here.
 *
 * @since 0.2
 */
public final class Subset {

    /** The XHTML namespace; elements of any other namespace are outside the subset. */
    public static final String NS = "http://www.w3.org/1999/xhtml";

    /** Elements of {@code <head>} (and the root). */
    public static final Set<String> DOCUMENT = Set.of("html", "head", "title", "meta", "style", "body");

    /** Containers: transparent for DOCX/XLSX, their children are rendered. {@code div} is one too, but has classes with a meaning. */
    public static final Set<String> CONTAINERS = Set.of("section", "header", "footer", "nav", "article", "aside");

    /** Block elements other than the containers. */
    public static final Set<String> BLOCKS = Set.of("div", "h1", "h2", "h3", "p", "ul", "ol", "li", "blockquote",
            "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption");

    /** Inline elements. */
    public static final Set<String> INLINE = Set.of("strong", "b", "em", "i", "span", "sup", "sub", "br", "a", "abbr");

    /** Every element of the subset. */
    public static final Set<String> ELEMENTS = union(DOCUMENT, CONTAINERS, BLOCKS, INLINE);

    /** The chart types ({@code data-chart} of a {@code figure.chart}), in the order the documentation lists them. */
    public static final List<String> CHART_TYPES = List.of("line", "bar", "hbar", "stacked-bar", "stacked-hbar");

    /** The classes that have a meaning for the renderers; any other class is styling only. */
    public static final Set<String> CLASSES = Set.of("running-header", "running-footer", "page-number", "page-count",
            "pagination", "page-break", "toc", "council-header", "heading-number", "title", "caption", "note", "narrative",
            "footnote", "marking", "figure", "data", "layout", "sources", "num", "table-legend", "chart", "chart-data");

    /**
     * The largest {@code colspan} and {@code rowspan}: Word's table grid has at most 63 columns,
     * so a larger span cannot be one edition's table in all four formats.
     */
    public static final int MAX_SPAN = 63;

    /** The link rule in words, for messages. */
    public static final String LINK_RULE = "links must be https://, mailto: or #fragment";

    private Subset() { }

    /** True for the element names of the subset. */
    public static boolean contains(String localName) {
        return ELEMENTS.contains(localName);
    }

    /** True for a chart type of the subset. */
    public static boolean isChartType(String type) {
        return CHART_TYPES.contains(type);
    }

    /** True for a link target the subset allows: {@code https://…}, {@code mailto:…} or a {@code #fragment}. */
    public static boolean isAllowedLink(String href) {
        return href.startsWith("https://") || href.startsWith("mailto:") || (href.startsWith("#") && href.length() > 1);
    }

    /**
     * A {@code colspan} or {@code rowspan} value: the number if it is a whole number from 1 to
     * {@link #MAX_SPAN}, empty otherwise.
     */
    public static OptionalInt span(String value) {
        try {
            int n = Integer.parseInt(value.trim());
            return n >= 1 && n <= MAX_SPAN ? OptionalInt.of(n) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** What a span must be, for messages. */
    public static String spanRule() {
        return "a whole number from 1 to " + MAX_SPAN;
    }

    /** True if the element's class attribute lists the class (classes separated by HTML white space). */
    public static boolean hasClass(Element e, String cls) {
        return hasClass(e.getAttribute("class"), cls);
    }

    /** True if a class attribute's value lists the class. */
    public static boolean hasClass(String c, String cls) {
        int n = cls.length();
        for (int i = c.indexOf(cls); i >= 0; i = c.indexOf(cls, i + 1)) {
            if ((i == 0 || space(c.charAt(i - 1))) && (i + n == c.length() || space(c.charAt(i + n)))) {
                return true;
            }
        }
        return false;
    }

    /** The classes of an element, in order. */
    public static List<String> classes(Element e) {
        return classes(e.getAttribute("class"));
    }

    /** The classes of a class attribute's value, in order. */
    public static List<String> classes(String c) {
        List<String> out = new ArrayList<>(2);
        int start = -1;
        for (int i = 0; i <= c.length(); i++) {
            boolean gap = i == c.length() || space(c.charAt(i));
            if (gap && start >= 0) {
                out.add(c.substring(start, i));
                start = -1;
            } else if (!gap && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** White space between class names, as in HTML (and regex {@code \s}). */
    private static boolean space(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == 0x0B;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.HashSet<String> all = new java.util.HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
