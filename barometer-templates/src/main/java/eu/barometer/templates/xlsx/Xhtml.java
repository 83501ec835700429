package eu.barometer.templates.xlsx;

import eu.barometer.templates.xhtml.Subset;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Reading the XHTML subset: elements by local name and class, and text with footnotes taken out. */
final class Xhtml {

    private static final char[] SUPERSCRIPT = {'⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'};

    private Xhtml() { }

    /** The local name of an element in lower case (XHTML is lower case already). */
    static String name(Element e) {
        String n = e.getLocalName();
        return n != null ? n : e.getTagName();
    }

    static boolean is(Element e, String name) {
        return name(e).equals(name);
    }

    /** The attribute's value, or empty when absent or blank. */
    static Optional<String> attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** The child elements, in document order. */
    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    static List<Element> children(Element e, String name) {
        return children(e).stream().filter(c -> is(c, name)).toList();
    }

    static Optional<Element> child(Element e, String name) {
        return children(e).stream().filter(c -> is(c, name)).findFirst();
    }

    /**
     * The descendants that match, in document order, without descending into a match (a table
     * inside a chart figure is not seen when looking for figures and tables separately).
     */
    static List<Element> find(Element root, Predicate<Element> match) {
        List<Element> out = new ArrayList<>();
        collect(root, match, out);
        return out;
    }

    private static void collect(Element e, Predicate<Element> match, List<Element> out) {
        for (Element c : children(e)) {
            if (match.test(c)) {
                out.add(c);
            } else {
                collect(c, match, out);
            }
        }
    }

    /** The first matching descendant, if any. */
    static Optional<Element> first(Element root, Predicate<Element> match) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if (match.test(c)) {
                    return Optional.of(c);
                }
                Optional<Element> inner = first(c, match);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    /** The text of an element with whitespace collapsed; footnotes included as plain text. */
    static String text(Element e) {
        return text(e, null, null);
    }

    /**
     * The text of an element as a reader sees it: whitespace collapsed, {@code <br/>} as a line
     * break. Footnotes ({@code span.footnote}) are moved to {@code footnotes} and replaced by a
     * superscript number; elements matching {@code skip} are left out.
     */
    static String text(Element e, List<String> footnotes, Predicate<Element> skip) {
        StringBuilder sb = new StringBuilder();
        append(e, sb, footnotes, skip);
        return collapse(sb);
    }

    /** Each line with runs of spaces, tabs, returns and form feeds made one space, and stripped; the whole stripped. */
    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        StringBuilder line = new StringBuilder();
        int start = 0;
        while (true) {
            int end = start;
            while (end < s.length() && s.charAt(end) != '\n') {
                end++;
            }
            line.setLength(0);
            boolean gap = false;
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                    if (!gap) {
                        line.append(' ');
                        gap = true;
                    }
                } else {
                    line.append(c);
                    gap = false;
                }
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.toString().strip());
            if (end == s.length()) {
                return out.toString().strip();
            }
            start = end + 1;
        }
    }

    private static void append(Node n, StringBuilder sb, List<String> footnotes, Predicate<Element> skip) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue().replace('\n', ' '));
            } else if (c instanceof Element el) {
                if (skip != null && skip.test(el)) {
                    continue;
                }
                if (is(el, "br")) {
                    sb.append('\n');
                } else if (footnotes != null && is(el, "span") && Subset.hasClass(el, "footnote")) {
                    footnotes.add(text(el));
                    sb.append(superscript(footnotes.size()));
                } else {
                    append(el, sb, footnotes, skip);
                }
            }
        }
    }

    /** A number in superscript digits, e.g. ¹². */
    static String superscript(int n) {
        String digits = Integer.toString(n);
        StringBuilder sb = new StringBuilder();
        for (char ch : digits.toCharArray()) {
            sb.append(SUPERSCRIPT[ch - '0']);
        }
        return sb.toString();
    }

    /** A short description of where an element is, for problems: {@code table#t-eurojust}. */
    static String where(Element e) {
        String id = e.getAttribute("id");
        return name(e) + (id.isEmpty() ? "" : "#" + id);
    }
}
