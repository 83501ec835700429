package eu.barometer.templates.xhtml;

import eu.barometer.templates.RenderException;
import eu.barometer.templates.TemplateProblem;
import eu.barometer.templates.chart.ChartData;
import eu.barometer.templates.internal.SecureXml;
import eu.barometer.templates.xhtml.Node.Attributes;
import eu.barometer.templates.xhtml.Node.Element;
import eu.barometer.templates.xhtml.Node.Position;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a template's XHTML into the typed document ({@link XhtmlTree}) in one pass of a SAX parser
 * that resolves nothing external ({@link SecureXml}): every element becomes a {@link Node} record
 * with its line and column, and every problem against the {@link Subset} is collected on the way,
 * located: elements outside the subset or its namespace, link targets, {@code colspan} and
 * {@code rowspan} values and places, and chart figures (type, data table, values, alternative
 * text). Each chart is read here, once, into {@link ChartData} for every format.
 *
 * @since 0.3
 */
public final class XhtmlReader {

    /** One parser per thread: finding and configuring a factory costs more than reading an edition. */
    private static final ThreadLocal<SAXParser> PARSER = ThreadLocal.withInitial(() -> {
        try {
            return SecureXml.saxParserFactory().newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("no XML parser: " + e.getMessage(), e);
        }
    });

    private XhtmlReader() { }

    /**
     * Reads XHTML text.
     *
     * @param source the name used for a not well-formed text, e.g. {@code edition.ftlh (output)}
     * @throws RenderException if the text is not well-formed XML, with its line and column
     */
    public static XhtmlTree read(String source, String xhtml) throws RenderException {
        Handler h = new Handler();
        SAXParser parser = PARSER.get();
        try {
            parser.reset();
            parser.getXMLReader().setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            parser.parse(new InputSource(new StringReader(xhtml)), h);
        } catch (SAXParseException e) {
            throw new RenderException(List.of(new TemplateProblem(source, Math.max(0, e.getLineNumber()),
                    Math.max(0, e.getColumnNumber()), "the template produced XHTML that is not well-formed: " + e.getMessage())));
        } catch (SAXException | IOException e) {
            throw new RenderException("could not parse the XHTML produced by the template: " + e.getMessage(), e);
        }
        // Start tags' places grow in document order; a chart's problems are found when its figure
        // ends, so the (stable) sort puts them back at their elements.
        h.problems.sort(Comparator.comparingInt((Found f) -> f.at().line()).thenComparingInt(f -> f.at().column()));
        List<XhtmlTree.Problem> problems = new ArrayList<>(h.problems.size());
        for (Found f : h.problems) {
            problems.add(new XhtmlTree.Problem(f.at(), f.message()));
        }
        return new XhtmlTree(h.root, h.chartFigures, h.footnotes, problems);
    }

    /** A problem found at a place. */
    private record Found(Position at, String message) { }

    /** An element being read. */
    private static final class Frame {
        final String uri;
        final String local;
        final String qName;
        final Attributes attributes;
        final Position at;
        final List<Node> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        Position textAt;
        /** Problems are looked for (not inside an element outside the subset). */
        final boolean checked;
        /** Inside a layout table or the council header: colspan is free. */
        final boolean layout;
        final int footnote;

        Frame(String uri, String local, String qName, Attributes attributes, Position at, boolean checked,
              boolean layout, int footnote) {
            this.uri = uri;
            this.local = local;
            this.qName = qName;
            this.attributes = attributes;
            this.at = at;
            this.checked = checked;
            this.layout = layout;
            this.footnote = footnote;
        }
    }

    private static final class Handler extends DefaultHandler {
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final List<Found> problems = new ArrayList<>();
        private final List<Element> chartFigures = new ArrayList<>();
        private final List<Node.Footnote> footnotes = new ArrayList<>();
        private Locator locator;
        private Element root;
        private int footnoteCount;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private Position here() {
            return locator == null ? new Position(0, 0) : new Position(locator.getLineNumber(), locator.getColumnNumber());
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts) {
            Frame parent = stack.peek();
            if (parent != null) {
                flush(parent);
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                map.put(atts.getQName(i), atts.getValue(i));
            }
            Attributes attributes = map.isEmpty() ? Attributes.NONE : new Attributes(map);
            String ns = uri == null ? "" : uri;
            String local = localName == null || localName.isEmpty() ? qName : localName;
            Position at = here();
            boolean checked = parent == null || parent.checked;
            boolean inSubset = Subset.NS.equals(ns) && Subset.contains(local);
            if (checked && !Subset.NS.equals(ns)) {
                problems.add(new Found(at, "<" + qName + "> is not in the XHTML namespace; the XHTML subset"
                        + " (docs/xhtml-subset.md) has no foreign elements"));
            } else if (checked && !inSubset) {
                problems.add(new Found(at, "<" + local + "> is not in the XHTML subset every renderer understands"
                        + " (docs/xhtml-subset.md)"));
            }
            boolean checkHere = checked && inSubset;
            if (checkHere) {
                switch (local) {
                    case "a" -> {
                        String href = attributes.get("href");
                        if (!Subset.isAllowedLink(href)) {
                            problems.add(new Found(at, "link target \"" + href + "\" is not allowed; " + Subset.LINK_RULE));
                        }
                    }
                    case "th", "td" -> cell(attributes, at, parent);
                    default -> { }
                }
            }
            String cls = attributes.get("class");
            boolean layout = parent != null && parent.layout || (Subset.NS.equals(ns)
                    && (local.equals("table") && Subset.hasClass(cls, "layout") || local.equals("div") && Subset.hasClass(cls, "council-header")));
            int footnote = Subset.NS.equals(ns) && local.equals("span") && Subset.hasClass(cls, "footnote") ? ++footnoteCount : 0;
            stack.push(new Frame(ns, local, qName, attributes, at, checkHere, layout, footnote));
        }

        private void cell(Attributes a, Position at, Frame tr) {
            // The cell's row's parent: a thead allows spans.
            boolean inHead = false;
            if (tr != null) {
                var it = stack.iterator();
                it.next();
                inHead = it.hasNext() && "thead".equals(it.next().local);
            }
            boolean inLayout = tr != null && tr.layout;
            for (String attribute : new String[] {"colspan", "rowspan"}) {
                if (!a.has(attribute)) {
                    continue;
                }
                String v = a.get(attribute);
                var n = Subset.span(v);
                if (n.isEmpty()) {
                    problems.add(new Found(at, attribute + "=\"" + v + "\" is not " + Subset.spanRule()));
                } else if (n.getAsInt() > 1 && !inHead && !(inLayout && attribute.equals("colspan"))) {
                    problems.add(new Found(at, attribute.equals("rowspan") ? "rowspan is allowed in <thead> only"
                            : "colspan is allowed in <thead> only (and in layout tables)"));
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            Frame f = stack.peek();
            if (f != null) {
                if (f.text.length() == 0) {
                    f.textAt = here();
                }
                f.text.append(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            characters(ch, start, length);
        }

        private static void flush(Frame f) {
            if (f.text.length() > 0) {
                f.children.add(new Node.Text(f.textAt, f.text.toString()));
                f.text.setLength(0);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Frame f = stack.pop();
            flush(f);
            Element e = build(f);
            if (e instanceof Node.Footnote n) {
                footnotes.add(n);
            }
            Frame parent = stack.peek();
            if (parent == null) {
                root = e;
            } else {
                parent.children.add(e);
            }
        }

        private Element build(Frame f) {
            Position at = f.at;
            Attributes a = f.attributes;
            List<Node> c = f.children;
            if (!Subset.NS.equals(f.uri) || !Subset.contains(f.local)) {
                return new Node.Other(at, f.local, f.uri, a, c);
            }
            String n = f.local;
            return switch (n) {
                case "h1", "h2", "h3" -> new Node.Heading(at, n, a, c, n.charAt(1) - '0');
                case "p" -> new Node.Paragraph(at, n, a, c);
                case "ul", "ol" -> new Node.ListBlock(at, n, a, c, n.equals("ol"));
                case "li" -> new Node.ListItem(at, n, a, c);
                case "blockquote" -> new Node.Quote(at, n, a, c);
                case "table" -> table(at, a, c);
                case "caption", "thead", "tbody", "tfoot" -> new Node.TablePart(at, n, a, c);
                case "tr" -> new Node.Row(at, n, a, c);
                case "th", "td" -> new Node.Cell(at, n, a, c, span(a, "colspan"), span(a, "rowspan"));
                case "figure" -> figure(f);
                case "strong", "b" -> new Node.Strong(at, n, a, c);
                case "em", "i" -> new Node.Emphasis(at, n, a, c);
                case "span" -> f.footnote > 0 ? new Node.Footnote(at, n, a, c, f.footnote) : new Node.Span(at, n, a, c);
                case "sup" -> new Node.Sup(at, n, a, c);
                case "sub" -> new Node.Sub(at, n, a, c);
                case "br" -> new Node.Break(at, n, a, c);
                case "a" -> new Node.Link(at, n, a, c);
                case "abbr" -> new Node.Abbr(at, n, a, c);
                default -> new Node.Container(at, n, a, c);
            };
        }

        private static int span(Attributes a, String name) {
            return a.has(name) ? Subset.span(a.get(name)).orElse(1) : 1;
        }

        private static Node.Table table(Position at, Attributes a, List<Node> children) {
            Optional<Node.TablePart> caption = Optional.empty();
            List<Node.Row> head = new ArrayList<>();
            List<Node.Row> body = new ArrayList<>();
            List<Node.Row> foot = new ArrayList<>();
            for (Node n : children) {
                if (n instanceof Node.TablePart part) {
                    switch (part.name()) {
                        case "caption" -> caption = caption.isEmpty() ? Optional.of(part) : caption;
                        case "thead" -> rows(part, head);
                        case "tbody" -> rows(part, body);
                        default -> rows(part, foot);
                    }
                } else if (n instanceof Node.Row row) {
                    body.add(row);
                }
            }
            return new Node.Table(at, "table", a, children, caption, head, body, foot);
        }

        private static void rows(Node.TablePart part, List<Node.Row> out) {
            for (Node n : part.children()) {
                if (n instanceof Node.Row r) {
                    out.add(r);
                }
            }
        }

        private Element figure(Frame f) {
            if (!Subset.hasClass(f.attributes.get("class"), "chart")) {
                return new Node.Figure(f.at, "figure", f.attributes, f.children);
            }
            Element figure = chart(f);
            chartFigures.add(figure);
            return figure;
        }

        /** A chart figure: checked, and read into its data if it can be. */
        private Element chart(Frame f) {
            Node.Figure plain = new Node.Figure(f.at, "figure", f.attributes, f.children);
            String type = f.attributes.get("data-chart");
            boolean ok = Subset.isChartType(type);
            if (f.checked && !ok) {
                problems.add(new Found(f.at, "data-chart=\"" + type + "\" is not a chart type; expected one of "
                        + String.join(", ", Subset.CHART_TYPES)));
            }
            boolean dataChild = false;
            for (Node n : f.children) {
                dataChild |= n instanceof Element t && t.is("table") && t.hasClass("chart-data");
            }
            if (f.checked && !dataChild) {
                problems.add(new Found(f.at, "a chart needs its data as a <table class=\"chart-data\"> child of its <figure>"));
            }
            Optional<Node.Table> table = Optional.empty();
            for (Node n : f.children) {
                if (table.isEmpty() && n instanceof Node.Table t && t.hasClass("chart-data")) {
                    table = Optional.of(t);
                }
            }
            if (!ok || !dataChild || table.isEmpty()) {
                return plain;
            }
            if (!values(table.get(), f)) {
                return plain;
            }
            if (f.attributes.get("data-alt").trim().isEmpty()) {
                if (f.checked) {
                    problems.add(new Found(f.at, "a chart needs data-alt, the text read out instead of it"));
                }
                return plain;
            }
            return new Node.Chart(f.at, "figure", f.attributes, f.children, data(plain, type, table.get()), table.get());
        }

        /**
         * Checks that a chart's data table can be charted: one head row (category label, series
         * names), body rows of as many cells, each value a number in {@code data-value}, no foot.
         */
        private boolean values(Node.Table table, Frame figure) {
            List<Node.Row> head = table.head();
            List<Node.Row> body = new ArrayList<>();
            for (Node n : table.children()) {
                if (n instanceof Node.TablePart p && p.is("tbody")) {
                    rows(p, body);
                }
            }
            boolean check = figure.checked;
            if (head.size() != 1 || body.isEmpty()) {
                add(check, table, "a chart's data table needs one <thead> row (category label, series names) and <tbody> rows");
                return false;
            }
            int columns = head.get(0).elements().size();
            if (columns < 2) {
                add(check, head.get(0), "a chart's data table needs at least one series column after the category column");
                return false;
            }
            boolean ok = true;
            for (Node.Row row : body) {
                List<Element> cells = row.elements();
                if (cells.size() != columns) {
                    add(check, row, "this row has " + cells.size() + " cells; the chart has " + columns + " columns");
                    ok = false;
                    continue;
                }
                for (int s = 1; s < columns; s++) {
                    Element cell = cells.get(s);
                    String v = cell.attr("data-value").trim();
                    if (v.isEmpty()) {
                        if (!cell.textContent().isBlank()) {
                            add(check, cell, "a chart value needs data-value with the raw number");
                            ok = false;
                        }
                        continue;
                    }
                    try {
                        Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        add(check, cell, "data-value=\"" + v + "\" is not a number");
                        ok = false;
                    }
                }
            }
            for (Node n : table.children()) {
                if (n instanceof Node.TablePart p && p.is("tfoot")) {
                    add(check, p, "a chart's data table has no <tfoot>: totals are not charted");
                    ok = false;
                }
            }
            return ok;
        }

        /** A problem at an element read already (inside the figure being closed). */
        private void add(boolean check, Element at, String message) {
            if (check) {
                problems.add(new Found(at.at(), message));
            }
        }

        /** The chart's figures, as {@link ChartData} has them. */
        private static ChartData data(Node.Figure figure, String type, Node.Table table) {
            String caption = figure.child("figcaption").map(c -> c.textContent().strip()).orElse("");
            List<String> series = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            Optional<Element> thead = table.child("thead");
            Optional<Element> headRow = thead.flatMap(h -> h.child("tr"));
            if (headRow.isPresent()) {
                List<Element> ths = headRow.get().elements().stream().filter(e -> e.is("th")).toList();
                for (int i = 1; i < ths.size(); i++) {
                    series.add(ths.get(i).textContent().strip());
                    codes.add(ths.get(i).attr("data-code").strip());
                }
            }
            List<String> categories = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            Optional<Element> tbody = table.child("tbody");
            for (Element tr : tbody.map(b -> b.elements().stream().filter(e -> e.is("tr")).toList()).orElse(List.of())) {
                categories.add(tr.child("th").map(th -> th.textContent().strip()).orElse(""));
                List<Element> tds = tr.elements().stream().filter(e -> e.is("td")).toList();
                double[] v = new double[series.size()];
                for (int s = 0; s < v.length; s++) {
                    v[s] = s < tds.size() ? number(tds.get(s)) : Double.NaN;
                }
                rows.add(v);
            }
            double[][] values = new double[series.size()][categories.size()];
            for (int c = 0; c < rows.size(); c++) {
                for (int s = 0; s < series.size(); s++) {
                    values[s][c] = rows.get(c)[s];
                }
            }
            return new ChartData(figure.id(), type, caption, figure.attr("data-y-label"), figure.attr("data-alt"),
                    categories, series, codes, values);
        }

        private static double number(Element td) {
            String v = td.attr("data-value");
            if (v.isEmpty()) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }
}
