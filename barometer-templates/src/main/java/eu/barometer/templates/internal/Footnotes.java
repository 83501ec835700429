package eu.barometer.templates.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers the {@code <span class="footnote">} of a document for the editions that cannot make real
 * footnotes (PDF, HTML). Each becomes a superscript number, counted through the whole document,
 * linking to its text; the text is placed directly under the block that holds the reference (the
 * paragraph, list, table or figure), so that it is read, and printed, on the page of its
 * reference. Flying Saucer has no {@code float: footnote}: a paragraph and its notes are wrapped in
 * one {@code <div class="with-notes">} that the style sheet keeps on one page; under a table, list
 * or figure the notes follow the block's end and are kept with it.
 */
public final class Footnotes {

    /** Elements whose children are blocks in the flow of the text. */
    private static final Set<String> FLOW = Set.of("body", "section", "article", "aside", "main", "div", "blockquote");

    /** Blocks small enough to keep whole on one page together with their notes. */
    private static final Set<String> KEEP_WHOLE = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "dl");

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
            Element list = lists.computeIfAbsent(owner(note), o -> {
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
        lists.forEach((owner, list) -> place(doc, owner, list));
    }

    /** Puts a block's notes right under it; a small block and its notes become one unbreakable group. */
    private static void place(Document doc, Element owner, Element list) {
        Node parent = owner.getParentNode();
        if (parent == null) {
            owner.appendChild(list);
            return;
        }
        if (KEEP_WHOLE.contains(owner.getLocalName())) {
            Element group = doc.createElementNS(Xhtml.NS, "div");
            group.setAttribute("class", "with-notes");
            parent.replaceChild(group, owner);
            group.appendChild(owner);
            group.appendChild(list);
        } else {
            parent.insertBefore(list, owner.getNextSibling());
        }
    }

    /** The block in the flow of the text that holds a reference: the child of a section, div or the body. */
    private static Element owner(Element e) {
        Element block = e;
        for (Node p = e.getParentNode(); p instanceof Element el; p = p.getParentNode()) {
            if (FLOW.contains(el.getLocalName())) {
                return block;
            }
            block = el;
        }
        return block;
    }
}
