package eu.barometer.templates.internal;

import eu.barometer.templates.xhtml.Subset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/** Small DOM helpers for the XHTML documents of a template set. */
public final class Xhtml {

    /** The XHTML namespace. */
    public static final String NS = Subset.NS;

    private Xhtml() { }

    /** True if the element's class attribute lists the class. */
    public static boolean hasClass(Element e, String cls) {
        return Subset.hasClass(e, cls);
    }

    /** The elements with a local name, in document order (a snapshot, safe to modify the tree). */
    public static List<Element> elements(Node root, String localName) {
        // A walk of the tree: the DOM's live node lists are rebuilt after every change and cost
        // more than the walk when the renderers edit the document between lookups.
        List<Element> out = new ArrayList<>();
        Node n = root.getFirstChild();
        while (n != null) {
            if (n instanceof Element e && localName.equals(e.getLocalName()) && NS.equals(e.getNamespaceURI())) {
                out.add(e);
            }
            Node next = n.getFirstChild();
            while (next == null && n != root) {
                next = n.getNextSibling();
                if (next == null) {
                    n = n.getParentNode();
                    if (n == root) {
                        break;
                    }
                }
            }
            n = next;
        }
        return out;
    }

    /** The elements with a local name and a class, in document order. */
    public static List<Element> elements(Node root, String localName, String cls) {
        return elements(root, localName).stream().filter(e -> hasClass(e, cls)).toList();
    }

    /** The first child element with a local name, or null. */
    public static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** The child elements with a local name. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The content of a meta element of the head, or empty. */
    public static String meta(Document doc, String name) {
        for (Element m : elements(doc, "meta")) {
            if (name.equals(m.getAttribute("name"))) {
                return m.getAttribute("content");
            }
        }
        return "";
    }
}
