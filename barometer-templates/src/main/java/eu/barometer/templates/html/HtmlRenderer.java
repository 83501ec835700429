package eu.barometer.templates.html;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;
import eu.barometer.templates.chart.ChartData;
import eu.barometer.templates.chart.SvgChart;
import eu.barometer.templates.internal.Footnotes;
import eu.barometer.templates.internal.NumberStyle;
import eu.barometer.templates.internal.Xhtml;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
 * @since 0.1
 */
public final class HtmlRenderer implements EditionRenderer {

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
    public void render(EditionAnalysis edition, Language language, RenderOptions options, OutputStream out)
            throws RenderException, IOException {
        XhtmlDocument x = set.toXhtml(edition, language, options);
        byte[] html = toHtml(x).getBytes(StandardCharsets.UTF_8);
        if (html.length > options.maxOutputBytes()) {
            throw new RenderException("the HTML edition would be " + html.length + " bytes, over the limit of "
                    + options.maxOutputBytes(), null);
        }
        out.write(html);
    }

    /** The HTML text of a document produced by a template set. Changes the document's DOM. */
    String toHtml(XhtmlDocument x) throws RenderException {
        Document doc = x.dom();
        NumberStyle style = NumberStyle.of(x.language(), set.numberConvention());
        Footnotes.number(doc);
        Element body = Xhtml.elements(doc, "body").get(0);
        for (Element footer : Xhtml.elements(doc, "div", "running-footer")) {
            body.appendChild(footer);
        }
        for (Element p : Xhtml.elements(doc, "span", "pagination")) {
            p.getParentNode().removeChild(p);
        }
        Map<Element, String> svg = new HashMap<>();
        for (Element figure : Xhtml.elements(doc, "figure", "chart")) {
            ChartData data = ChartData.of(figure);
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
        StringBuilder sb = new StringBuilder(256 * 1024);
        sb.append("<!DOCTYPE html>\n");
        write(doc.getDocumentElement(), sb, svg);
        sb.append('\n');
        return sb.toString();
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
            escape(a.getValue(), sb, true);
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
                        escape(n.getNodeValue(), sb, false);
                    }
                }
                default -> { }
            }
        }
        sb.append("</").append(name).append('>');
    }

    private static void escape(String s, StringBuilder sb, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append(attribute ? ">" : "&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                default -> sb.append(c);
            }
        }
    }
}
