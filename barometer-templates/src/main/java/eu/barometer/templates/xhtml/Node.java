package eu.barometer.templates.xhtml;

import eu.barometer.templates.chart.ChartData;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A node of the typed document {@link XhtmlReader} reads from a template's XHTML: a block, an
 * inline or text. Every node knows its {@link Position} in the XHTML text; every element keeps its
 * name, its attributes in document order (ids, classes, {@code data-*}) and its children, text
 * included as written, so that nothing a renderer reads is lost. Nodes are immutable records.
 *
 * <p>Elements outside the subset become {@link Other} (and a problem of the reader), so that a
 * document read without the subset check still has every element.
 *
 * @since 0.3
 */
public sealed interface Node permits Node.Block, Node.Inline, Node.Element {

    /** Where the node is in the XHTML text, 1-based: for an element the line and column just after its start tag (as SAX reports them). */
    record Position(int line, int column) {
        /** The place for messages, {@code line:column}. */
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    /** Where the node starts. */
    Position at();

    /** A block: headings, paragraphs, lists, quotes, containers, tables and their parts, figures and charts. */
    sealed interface Block extends Node permits Container, Heading, Paragraph, ListBlock, ListItem, Quote, Table,
            TablePart, Row, Cell, Figure, Chart, Other { }

    /** An inline: text, emphasis, spans, footnotes, super- and subscripts, breaks, links and abbreviations. */
    sealed interface Inline extends Node permits Text, Strong, Emphasis, Span, Footnote, Sup, Sub, Break, Link, Abbr, Other { }

    /**
     * What every element has, whatever its kind: the local name, the attributes, the children.
     * The methods read like the DOM's, so that renderers ask the same questions of the typed document.
     */
    sealed interface Element extends Node permits Container, Heading, Paragraph, ListBlock, ListItem, Quote, Table,
            TablePart, Row, Cell, Figure, Chart, Other, Strong, Emphasis, Span, Footnote, Sup, Sub, Break, Link, Abbr {

        /** The local name, e.g. {@code p}. */
        String name();

        /** The attributes, in document order. */
        Attributes attributes();

        /** The children, text included, in document order. */
        List<Node> children();

        /** An attribute's value, {@code ""} when absent (as the DOM's {@code getAttribute}). */
        default String attr(String name) {
            return attributes().get(name);
        }

        /** True if the attribute is present. */
        default boolean has(String name) {
            return attributes().has(name);
        }

        /** The {@code id}, {@code ""} if none. */
        default String id() {
            return attr("id");
        }

        /** The classes, in order. */
        default List<String> classes() {
            return Subset.classes(attr("class"));
        }

        /** True if the class attribute lists the class. */
        default boolean hasClass(String cls) {
            return Subset.hasClass(attr("class"), cls);
        }

        /** True for an element of this local name. */
        default boolean is(String name) {
            return name().equals(name);
        }

        /** The child elements, in order. */
        default List<Element> elements() {
            List<Element> out = new ArrayList<>(children().size());
            for (Node n : children()) {
                if (n instanceof Element e) {
                    out.add(e);
                }
            }
            return out;
        }

        /** The first child element of a local name. */
        default Optional<Element> child(String name) {
            for (Node n : children()) {
                if (n instanceof Element e && e.is(name)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        /** The text of the element and its descendants, as written (the DOM's {@code getTextContent}). */
        default String textContent() {
            StringBuilder sb = new StringBuilder();
            appendText(this, sb);
            return sb.toString();
        }

        private static void appendText(Element e, StringBuilder sb) {
            for (Node n : e.children()) {
                if (n instanceof Text t) {
                    sb.append(t.text());
                } else if (n instanceof Element c) {
                    appendText(c, sb);
                }
            }
        }
    }

    /**
     * The attributes of an element by qualified name, in document order; immutable.
     *
     * @param map name to value
     */
    record Attributes(Map<String, String> map) {

        /** No attributes. */
        public static final Attributes NONE = new Attributes(Map.of());

        public Attributes {
            map = map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }

        /** The value, {@code ""} when absent. */
        public String get(String name) {
            String v = map.get(name);
            return v == null ? "" : v;
        }

        /** True if present. */
        public boolean has(String name) {
            return map.containsKey(name);
        }
    }

    // ---- inlines -------------------------------------------------------------------------------------------------

    /** Character data, as written (white space kept; CDATA included). */
    record Text(Position at, String text) implements Inline { }

    /** {@code strong} or {@code b}. */
    record Strong(Position at, String name, Attributes attributes, List<Node> children) implements Inline, Element {
        public Strong { children = List.copyOf(children); }
    }

    /** {@code em} or {@code i}. */
    record Emphasis(Position at, String name, Attributes attributes, List<Node> children) implements Inline, Element {
        public Emphasis { children = List.copyOf(children); }
    }

    /** A {@code span} (other than a footnote). */
    record Span(Position at, String name, Attributes attributes, List<Node> children) implements Inline, Element {
        public Span { children = List.copyOf(children); }
    }

    /**
     * A footnote: {@code <span class="footnote">} with the note's text, where its reference goes.
     *
     * @param number the footnote's number, counted from 1 through the document
     */
    record Footnote(Position at, String name, Attributes attributes, List<Node> children, int number) implements Inline, Element {
        public Footnote { children = List.copyOf(children); }
    }

    /** {@code sup}. */
    record Sup(Position at, String name, Attributes attributes, List<Node> children) implements Inline, Element {
        public Sup { children = List.copyOf(children); }
    }

    /** {@code sub}. */
    record Sub(Position at, String name, Attributes attributes, List<Node> children) implements Inline, Element {
        public Sub { children = List.copyOf(children); }
    }

    /** {@code br}. */
    record Break(Position at, String name, Attributes attributes, List<Node> children) implements Inline, Element {
        public Break { children = List.copyOf(children); }
    }

    /** {@code a}; {@link #href()} is its target. */
    record Link(Position at, String name, Attributes attributes, List<Node> children) implements Inline, Element {
        public Link { children = List.copyOf(children); }

        /** The link target, {@code ""} if none. */
        public String href() {
            return attr("href");
        }
    }

    /** {@code abbr}; {@link #title()} is its expansion. */
    record Abbr(Position at, String name, Attributes attributes, List<Node> children) implements Inline, Element {
        public Abbr { children = List.copyOf(children); }

        /** The expansion, {@code ""} if none. */
        public String title() {
            return attr("title");
        }
    }

    // ---- blocks --------------------------------------------------------------------------------------------------

    /**
     * An element whose children are rendered in its place: the document's own elements ({@code html},
     * {@code head}, {@code title}, {@code meta}, {@code style}, {@code body}), the sectioning elements,
     * {@code div} (whose classes have meanings: {@code narrative}, {@code council-header}, …) and {@code figcaption}.
     */
    record Container(Position at, String name, Attributes attributes, List<Node> children) implements Block, Element {
        public Container { children = List.copyOf(children); }
    }

    /** {@code h1} to {@code h3}. */
    record Heading(Position at, String name, Attributes attributes, List<Node> children, int level) implements Block, Element {
        public Heading { children = List.copyOf(children); }
    }

    /** {@code p}. */
    record Paragraph(Position at, String name, Attributes attributes, List<Node> children) implements Block, Element {
        public Paragraph { children = List.copyOf(children); }
    }

    /** {@code ul} or {@code ol}. */
    record ListBlock(Position at, String name, Attributes attributes, List<Node> children, boolean ordered) implements Block, Element {
        public ListBlock { children = List.copyOf(children); }

        /** The items. */
        public List<ListItem> items() {
            List<ListItem> out = new ArrayList<>();
            for (Node n : children) {
                if (n instanceof ListItem li) {
                    out.add(li);
                }
            }
            return out;
        }
    }

    /** {@code li}. */
    record ListItem(Position at, String name, Attributes attributes, List<Node> children) implements Block, Element {
        public ListItem { children = List.copyOf(children); }
    }

    /** {@code blockquote}. */
    record Quote(Position at, String name, Attributes attributes, List<Node> children) implements Block, Element {
        public Quote { children = List.copyOf(children); }
    }

    /**
     * A {@code table}, with its rows sorted into head, body and foot (rows directly under the table
     * belong to the body).
     *
     * @param caption the {@code caption}, if any
     * @param head    the rows of {@code thead}
     * @param body    the rows of {@code tbody} and those directly under the table
     * @param foot    the rows of {@code tfoot}
     */
    record Table(Position at, String name, Attributes attributes, List<Node> children, Optional<TablePart> caption,
                 List<Row> head, List<Row> body, List<Row> foot) implements Block, Element {
        public Table {
            children = List.copyOf(children);
            head = List.copyOf(head);
            body = List.copyOf(body);
            foot = List.copyOf(foot);
        }
    }

    /** {@code caption}, {@code thead}, {@code tbody} or {@code tfoot}. */
    record TablePart(Position at, String name, Attributes attributes, List<Node> children) implements Block, Element {
        public TablePart { children = List.copyOf(children); }
    }

    /** {@code tr}. */
    record Row(Position at, String name, Attributes attributes, List<Node> children) implements Block, Element {
        public Row { children = List.copyOf(children); }

        /** The cells. */
        public List<Cell> cells() {
            List<Cell> out = new ArrayList<>();
            for (Node n : children) {
                if (n instanceof Cell c) {
                    out.add(c);
                }
            }
            return out;
        }
    }

    /**
     * {@code th} or {@code td}.
     *
     * @param colspan the columns it spans, 1 when absent or not a valid span (the reader reports that)
     * @param rowspan the rows it spans, likewise
     */
    record Cell(Position at, String name, Attributes attributes, List<Node> children, int colspan, int rowspan)
            implements Block, Element {
        public Cell { children = List.copyOf(children); }

        /** True for {@code th}. */
        public boolean header() {
            return name.equals("th");
        }
    }

    /** A {@code figure} that is not a chart (or a chart that could not be read: the reader reports why). */
    record Figure(Position at, String name, Attributes attributes, List<Node> children) implements Block, Element {
        public Figure { children = List.copyOf(children); }
    }

    /**
     * A chart: {@code <figure class="chart">} with its data table, read once into {@link ChartData}
     * (type, texts, categories, series, values) for every format.
     *
     * @param data  the chart's figures
     * @param table its {@code table.chart-data}
     */
    record Chart(Position at, String name, Attributes attributes, List<Node> children, ChartData data, Table table)
            implements Block, Element {
        public Chart { children = List.copyOf(children); }
    }

    /**
     * An element outside the subset, or outside the XHTML namespace, kept as it is.
     *
     * @param namespace the namespace URI, {@code ""} if none
     */
    record Other(Position at, String name, String namespace, Attributes attributes, List<Node> children)
            implements Block, Inline, Element {
        public Other { children = List.copyOf(children); }
    }
}
