package eu.barometer.templates.html;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;
import eu.barometer.templates.chart.ChartData;
import eu.barometer.templates.chart.SvgChart;
import eu.barometer.templates.internal.Footnotes;
import eu.barometer.templates.internal.FormatWriter;
import eu.barometer.templates.internal.NumberStyle;
import eu.barometer.templates.internal.Xhtml;
import eu.barometer.templates.xhtml.XmlText;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The HTML edition: one self-contained, polyglot file (valid HTML5 and well-formed XML) (style sheet inline, charts as inline SVG, no request
 * to any other resource), semantic (language, headings, table header scopes, figures with
 * captions, charts as hand-written SVG with a text alternative and their data in a
 * {@code <details>} element) and
 * printable. Immutable and thread-safe.
 *
 * <p>Internal: render through {@link eu.barometer.templates.Renderers}, which applies the size limit.
 */
public final class HtmlRenderer implements FormatWriter {

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");

    private final TemplateSet set;

    /** A renderer using a template set. */
    public HtmlRenderer(TemplateSet set) {
        this.set = Objects.requireNonNull(set, "set");
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.HTML;
    }

    @Override
    public void write(EditionAnalysis edition, XhtmlDocument x, RenderOptions options, OutputStream out)
            throws RenderException, IOException {
        out.write(toHtml(x).getBytes(StandardCharsets.UTF_8));
    }

    /** The HTML text of a document produced by a template set. Changes the document's DOM. */
    String toHtml(XhtmlDocument x) throws RenderException {
        Document doc = x.dom();
        NumberStyle style = NumberStyle.of(x.language(), set.numberConvention());
        Footnotes.number(doc);
        Element body = Xhtml.elements(doc, "body").get(0);
        printedPages(doc);
        for (Element footer : Xhtml.elements(doc, "div", "running-footer")) {
            body.appendChild(footer);
        }
        for (Element p : Xhtml.elements(doc, "span", "pagination")) {
            p.getParentNode().removeChild(p);
        }
        Map<Element, String> svg = new HashMap<>();
        int chart = 0;
        for (Element figure : Xhtml.elements(doc, "figure", "chart")) {
            // The document's n-th chart figure is the typed document's n-th: read once, by XhtmlReader.
            ChartData data = x.tree().chart(chart++, TemplateSet.MAIN_TEMPLATE + " (output)").data();
            Element table = Xhtml.elements(figure, "table", "chart-data").get(0);
            Element details = doc.createElementNS(Xhtml.NS, "details");
            Element summary = doc.createElementNS(Xhtml.NS, "summary");
            summary.setTextContent(data.caption());
            details.appendChild(summary);
            Element placeholder = doc.createElementNS(Xhtml.NS, "div");
            placeholder.setAttribute("class", "chart-svg");
            table.getParentNode().insertBefore(placeholder, table);
            table.getParentNode().replaceChild(details, table);
            details.appendChild(table);
            svg.put(placeholder, svg(data, style));
        }
        // Each table in a box of its own, which scrolls when the table is wider than the screen.
        for (Element table : Xhtml.elements(doc, "table")) {
            if (!Xhtml.hasClass(table, "layout")) {
                Element box = doc.createElementNS(Xhtml.NS, "div");
                box.setAttribute("class", "table-scroll");
                table.getParentNode().replaceChild(box, table);
                box.appendChild(table);
            }
        }
        StringBuilder sb = new StringBuilder(256 * 1024);
        sb.append("<!DOCTYPE html>\n");
        write(doc.getDocumentElement(), sb, svg);
        sb.append('\n');
        return sb.toString();
    }

    /**
     * Puts the running header and footer on every printed page, as in the PDF: a print style sheet
     * whose {@code @page} margin boxes (supported by Chromium-based browsers) carry the header's
     * text (the marking) at the top right and, at the bottom, the footer's number, its localised
     * "page X of Y" with the page counters, and its marking and language. On screen and in print
     * the running header and footer otherwise show once, at the top and the end of the page; in
     * print they are hidden, the margin boxes standing in for them.
     */
    private static void printedPages(Document doc) {
        Element header = Xhtml.elements(doc, "div", "running-header").stream().findFirst().orElse(null);
        Element footer = Xhtml.elements(doc, "div", "running-footer").stream().findFirst().orElse(null);
        List<Element> heads = Xhtml.elements(doc, "head");
        if (heads.isEmpty() || header == null && footer == null) {
            return;
        }
        String box = "font-family: \"Liberation Sans\", Arial, Helvetica, sans-serif; font-size: 8pt; vertical-align: top;"
                + " border-top: 0.5pt solid #000; padding-top: 2mm;";
        StringBuilder css = new StringBuilder("@page {");
        if (header != null && !text(header).isEmpty()) {
            css.append(" @top-right { content: ").append(string(text(header)))
                    .append("; font-family: \"Liberation Sans\", Arial, Helvetica, sans-serif; font-size: 10pt; font-weight: bold;"
                            + " letter-spacing: 0.08em; vertical-align: middle; }");
        }
        if (footer != null) {
            String left = "";
            String center = "";
            StringBuilder right = new StringBuilder();
            for (Element span : Xhtml.children(footer, "span")) {
                if (Xhtml.hasClass(span, "footer-number")) {
                    left = string(text(span));
                } else if (Xhtml.hasClass(span, "pagination")) {
                    center = pagination(span);
                } else if (!text(span).isEmpty()) {
                    right.append(right.length() == 0 ? "" : "\u2003").append(text(span));
                }
            }
            css.append(" @bottom-left { content: ").append(left.isEmpty() ? "\"\"" : left).append("; text-align: left; ").append(box).append(" }");
            css.append(" @bottom-center { content: ").append(center.isEmpty() ? "\"\"" : center).append("; text-align: center; ")
                    .append(box).append(" }");
            css.append(" @bottom-right { content: ").append(string(right.toString()))
                    .append("; text-align: right; font-weight: bold; ").append(box).append(" }");
        }
        css.append(" }\n.running-header, .running-footer { display: none; }");
        Element style = doc.createElementNS(Xhtml.NS, "style");
        style.setAttribute("media", "print");
        style.setTextContent(css.toString());
        heads.get(0).appendChild(style);
    }

    /** "page X of Y" as CSS content: the texts as strings, the page number and count as counters. */
    private static String pagination(Element span) {
        StringBuilder content = new StringBuilder();
        for (Node n = span.getFirstChild(); n != null; n = n.getNextSibling()) {
            String part;
            if (n instanceof Element e && Xhtml.hasClass(e, "page-number")) {
                part = "counter(page)";
            } else if (n instanceof Element e && Xhtml.hasClass(e, "page-count")) {
                part = "counter(pages)";
            } else {
                String t = n.getTextContent().replaceAll("\\s+", " ");
                part = t.isEmpty() ? "" : string(t);
            }
            if (!part.isEmpty()) {
                content.append(content.length() == 0 ? "" : " ").append(part);
            }
        }
        return content.toString();
    }

    private static String text(Element e) {
        return e.getTextContent().strip().replaceAll("\\s+", " ");
    }

    /** A CSS string: quotes and backslashes escaped, line ends as escapes. */
    private static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"', '\\' -> b.append('\\').append(c);
                case '\n', '\r' -> b.append("\\a ");
                case '<' -> b.append("\\3c ");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String svg(ChartData data, NumberStyle style) {
        return SvgChart.svg(data, style, "svg-" + data.id());
    }

    private static void write(Element e, StringBuilder sb, Map<Element, String> raw) {
        String raws = raw.get(e);
        if (raws != null) {
            sb.append(raws);
            return;
        }
        String name = e.getLocalName();
        sb.append('<').append(name);
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (a.getName().startsWith("xmlns:") || (a.getName().equals("xmlns") && !name.equals("html"))) {
                continue;
            }
            sb.append(' ').append(a.getName()).append("=\"");
            XmlText.attribute(a.getValue(), sb);
            sb.append('"');
        }
        if (VOID.contains(name)) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        if (name.equals("head")) {
            sb.append("<meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
        }
        boolean rawText = name.equals("style") || name.equals("script");
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> write((Element) n, sb, raw);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                    if (rawText) {
                        sb.append(n.getNodeValue().replace("</", "<\\/"));
                    } else {
                        XmlText.text(n.getNodeValue(), sb);
                    }
                }
                default -> { }
            }
        }
        sb.append("</").append(name).append('>');
    }
}
