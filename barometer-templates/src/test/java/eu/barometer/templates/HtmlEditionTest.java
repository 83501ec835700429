package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlEditionTest {

    private static Document parse(Language l) throws Exception {
        byte[] html = Editions.builtIn(OutputFormat.HTML, l);
        return XhtmlDocument.secureFactory().newDocumentBuilder().parse(new InputSource(new ByteArrayInputStream(html)));
    }

    private static String text(Language l) {
        return new String(Editions.builtIn(OutputFormat.HTML, l), StandardCharsets.UTF_8);
    }

    @Test
    void isOneWellFormedDocumentWithTheEditionsLanguage() throws Exception {
        Document d = parse(Language.SL);
        assertEquals("html", d.getDocumentElement().getLocalName());
        assertEquals("sl", d.getDocumentElement().getAttribute("lang"));
        assertTrue(text(Language.SL).startsWith("<!DOCTYPE html>"));
        assertTrue(text(Language.SL).contains("<meta charset=\"utf-8\"/>"));
    }

    @Test
    void requestsNothingFromOutside() throws Exception {
        Document d = parse(Language.EN);
        NodeList all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
            assertFalse(name.equals("script") || name.equals("link") || name.equals("img") || name.equals("iframe")
                    || name.equals("object") || name.equals("embed"), "no " + name + " element");
            NamedNodeMap attrs = e.getAttributes();
            for (int a = 0; a < attrs.getLength(); a++) {
                Attr at = (Attr) attrs.item(a);
                String n = at.getName().toLowerCase(Locale.ROOT);
                if (n.equals("src") || n.endsWith("href") || n.equals("action") || n.equals("poster")) {
                    assertTrue(at.getValue().startsWith("#"), n + "=\"" + at.getValue() + "\" on " + name + " stays in the page");
                }
                if (n.equals("style")) {
                    assertFalse(at.getValue().contains("url("), "no url() in inline styles");
                }
            }
        }
        String css = d.getElementsByTagName("style").item(0).getTextContent();
        assertFalse(css.contains("@import"));
        assertFalse(css.contains("url("));
    }

    @Test
    void tablesHaveHeaderScopesAndCaptions() throws Exception {
        Document d = parse(Language.EN);
        NodeList ths = d.getElementsByTagName("th");
        int col = 0;
        int row = 0;
        for (int i = 0; i < ths.getLength(); i++) {
            Element th = (Element) ths.item(i);
            Element table = (Element) th.getParentNode().getParentNode().getParentNode();
            if (table.getAttribute("class").contains("layout")) {
                continue;
            }
            String scope = th.getAttribute("scope");
            assertTrue(scope.equals("col") || scope.equals("row"), "th '" + th.getTextContent() + "' has a scope");
            if (scope.equals("col")) {
                col++;
            } else {
                row++;
            }
        }
        assertTrue(col > 20 && row > 100, col + " column and " + row + " row headers");
        NodeList tables = d.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            if (t.getAttribute("class").equals("data")) {
                assertEquals(1, t.getElementsByTagName("caption").getLength(), "table " + t.getAttribute("id") + " has a caption");
            }
        }
    }

    @Test
    void chartsAreInlineSvgWithTextAlternativeAndTheirData() throws Exception {
        Document d = parse(Language.EN);
        NodeList figures = d.getElementsByTagName("figure");
        int charts = 0;
        for (int i = 0; i < figures.getLength(); i++) {
            Element f = (Element) figures.item(i);
            if (!f.getAttribute("class").contains("chart")) {
                continue;
            }
            charts++;
            assertEquals(1, f.getElementsByTagName("figcaption").getLength());
            Element svg = (Element) f.getElementsByTagName("svg").item(0);
            assertEquals("img", svg.getAttribute("role"));
            Element title = (Element) svg.getElementsByTagName("title").item(0);
            assertFalse(title.getTextContent().isBlank(), "chart has a text alternative");
            assertTrue(svg.getElementsByTagName("text").getLength() > 5, "chart labels are SVG text");
            Element details = (Element) f.getElementsByTagName("details").item(0);
            assertEquals(1, details.getElementsByTagName("table").getLength(), "the chart's data stays in the page");
        }
        assertTrue(charts >= 5, charts + " charts");
        assertTrue(text(Language.EN).contains("Western Balkan route"));
    }

    @Test
    void headingsAndFootnotesAreLinkedInThePage() throws Exception {
        Document d = parse(Language.DE);
        assertTrue(d.getElementsByTagName("h1").getLength() >= 10);
        String html = text(Language.DE);
        assertTrue(html.contains("href=\"#fn-1\""));
        assertTrue(html.contains("id=\"fn-1\""));
        assertTrue(html.contains("RAT DER EUROPÄISCHEN UNION"));
        assertTrue(html.contains("285\u00A0506"), "German EU style: no-break space between thousands");
        assertTrue(html.contains("@media print"), "prints cleanly");
    }
}
