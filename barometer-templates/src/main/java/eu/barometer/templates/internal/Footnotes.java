package eu.barometer.templates.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the {@code <span class="footnote">} of a document for the editions that cannot make real
 * footnotes (PDF, HTML): each becomes a superscript number linking to its text, listed at the end
 * of its section (or of the body).
 */
public final class Footnotes {

    private Footnotes() { }

    /** Rewrites the footnotes of a document in place. */
    public static void number(Document doc) {
        List<Element> notes = new ArrayList<>();
        NodeList spans = doc.getElementsByTagNameNS(Xhtml.NS, "span");
        for (int i = 0; i < spans.getLength(); i++) {
            Element e = (Element) spans.item(i);
            if (Xhtml.hasClass(e, "footnote")) {
                notes.add(e);
            }
        }
        Map<Element, Element> lists = new LinkedHashMap<>();
        int n = 0;
        for (Element note : notes) {
            n++;
            Element container = container(note);
            Element list = lists.computeIfAbsent(container, c -> {
                Element div = doc.createElementNS(Xhtml.NS, "div");
                div.setAttribute("class", "footnotes");
                return div;
            });
            Element p = doc.createElementNS(Xhtml.NS, "p");
            p.setAttribute("class", "note");
            p.setAttribute("id", "fn-" + n);
            Element num = doc.createElementNS(Xhtml.NS, "sup");
            num.setTextContent(Integer.toString(n));
            p.appendChild(num);
            p.appendChild(doc.createTextNode(" "));
            while (note.getFirstChild() != null) {
                p.appendChild(note.getFirstChild());
            }
            list.appendChild(p);

            Element ref = doc.createElementNS(Xhtml.NS, "sup");
            ref.setAttribute("class", "footnote-ref");
            Element a = doc.createElementNS(Xhtml.NS, "a");
            a.setAttribute("href", "#fn-" + n);
            a.setTextContent(Integer.toString(n));
            ref.appendChild(a);
            note.getParentNode().replaceChild(ref, note);
        }
        lists.forEach(Node::appendChild);
    }

    private static Element container(Element e) {
        for (Node p = e.getParentNode(); p instanceof Element el; p = p.getParentNode()) {
            if ("section".equals(el.getLocalName()) || "body".equals(el.getLocalName())) {
                return el;
            }
        }
        return e.getOwnerDocument().getDocumentElement();
    }
}
