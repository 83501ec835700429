package eu.barometer.templates.xhtml;

import eu.barometer.templates.RenderException;
import eu.barometer.templates.TemplateProblem;
import eu.barometer.templates.XhtmlDocument;
import eu.barometer.templates.internal.SecureXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found in the XHTML of one document, each tied to its element and reported with
 * the element's line and column in the XHTML text, at most {@value #MAX} of them. A DOM has no line numbers, so the places are
 * found only when there is a problem: one SAX pass over the XHTML text finds the line and column
 * of the n-th element, n being the element's index in document order.
 */
public final class Problems {

    private static final int MAX = 50;

    private final String source;
    private final XhtmlDocument document;
    private final Map<Element, List<String>> byElement = new LinkedHashMap<>();
    private int count;

    /** Problems of a document, reported against {@code source}, e.g. {@code edition.ftlh (output)}. */
    public Problems(String source, XhtmlDocument document) {
        this.source = source;
        this.document = document;
    }

    /** Adds a problem at an element. */
    public void add(Element at, String message) {
        if (count++ < MAX) {
            byElement.computeIfAbsent(at, e -> new ArrayList<>()).add(message);
        }
    }

    /** True if no problem was added. */
    public boolean isEmpty() {
        return count == 0;
    }

    /** Throws every problem added, located, if there is one. */
    public void throwIfAny() throws RenderException {
        if (count == 0) {
            return;
        }
        Map<Element, Integer> index = new IdentityHashMap<>();
        int[] n = {0};
        number(document.dom().getDocumentElement(), index, n);
        int[][] places = places(document.xhtml(), n[0]);
        List<TemplateProblem> out = new ArrayList<>();
        for (Map.Entry<Element, List<String>> e : byElement.entrySet()) {
            Integer i = index.get(e.getKey());
            int line = i != null && places != null ? places[i][0] : 0;
            int column = i != null && places != null ? places[i][1] : 0;
            for (String message : e.getValue()) {
                out.add(new TemplateProblem(source, line, column, message));
            }
        }
        if (count > MAX) {
            out.add(new TemplateProblem(source, 0, 0, (count - MAX) + " more problems not shown"));
        }
        throw new RenderException(out);
    }

    private static void number(Element e, Map<Element, Integer> index, int[] n) {
        index.put(e, n[0]++);
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                number(child, index, n);
            }
        }
    }

    /** Line and column of the start tag of each element in document order; null if the text cannot be read. */
    private static int[][] places(String xhtml, int elements) {
        int[][] places = new int[elements][2];
        try {
            SecureXml.saxParserFactory().newSAXParser().parse(new InputSource(new StringReader(xhtml)), new DefaultHandler() {
                private Locator locator;
                private int i;

                @Override
                public void setDocumentLocator(Locator locator) {
                    this.locator = locator;
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (i < elements && locator != null) {
                        places[i][0] = locator.getLineNumber();
                        places[i][1] = locator.getColumnNumber();
                    }
                    i++;
                }
            });
            return places;
        } catch (Exception e) {
            // The DOM was parsed from this text, so this does not happen; report without places then.
            return null;
        }
    }
}
