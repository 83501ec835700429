package eu.barometer.templates.xlsx;

import eu.barometer.templates.xhtml.Subset;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.Optional;

/**
 * Page setup shared by every sheet: A4, fitted to the page width, landscape when wide, the
 * heading rows repeated on each page, and the marking centred in the header and the footer with
 * the document's running header and footer beside it and page numbers ({@code &P} of {@code &N}).
 *
 * @param marking the marking text, e.g. {@code LIMITE}; empty for none
 * @param header  the running header in Excel header syntax (ampersands escaped), empty for none
 * @param footer  the running footer in Excel header syntax, empty for none
 */
record Printing(String marking, String header, String footer) {

    /** Columns beyond which a sheet is printed in landscape. */
    static final int WIDE = 6;

    /** Excel refuses headers and footers longer than this (all three sections together). */
    private static final int MAX_SECTION = 80;

    /** The furniture of a document: the running header and footer elements, if any, and the marking. */
    static Printing of(String marking, Optional<Element> runningHeader, Optional<Element> runningFooter) {
        return new Printing(marking, runningHeader.map(Printing::furniture).orElse(""),
                runningFooter.map(Printing::furniture).orElse(""));
    }

    /** Sets up printing of a sheet whose heading rows are {@code firstRepeat..lastRepeat} (-1 for none). */
    void apply(SheetSetup sheet, int firstRepeat, int lastRepeat, int columns) {
        sheet.landscape = columns > WIDE;
        if (firstRepeat >= 0 && lastRepeat >= firstRepeat) {
            sheet.repeatFirst = firstRepeat;
            sheet.repeatLast = lastRepeat;
        }
        String m = escape(marking);
        String centre = m.isEmpty() ? "" : "&B" + m;
        sheet.header = sections(cut(header), centre, "");
        sheet.footer = sections(cut(footer), centre, footer.contains("&P") ? "" : "&P / &N");
    }

    /** A header or footer in Excel's syntax: {@code &L}, {@code &C} and {@code &R} before their sections. */
    private static String sections(String left, String centre, String right) {
        StringBuilder sb = new StringBuilder();
        if (!left.isEmpty()) {
            sb.append("&L").append(left);
        }
        if (!centre.isEmpty()) {
            sb.append("&C").append(centre);
        }
        if (!right.isEmpty()) {
            sb.append("&R").append(right);
        }
        return sb.toString();
    }

    /** Text for a header section: ampersands doubled, so "R&D" never turns into a header code. */
    static String escape(String s) {
        return s.replace("&", "&&").replaceAll("\\s+", " ").strip();
    }

    private static String cut(String s) {
        if (s.length() <= MAX_SECTION) {
            return s;
        }
        String c = s.substring(0, MAX_SECTION - 1);
        // never leave a lone '&' that would start a header code
        int amps = 0;
        for (int i = c.length() - 1; i >= 0 && c.charAt(i) == '&'; i--) {
            amps++;
        }
        return (amps % 2 == 1 ? c.substring(0, c.length() - 1) : c) + "…";
    }

    /** A running header or footer as header syntax: page spans become codes, the marking is left out. */
    static String furniture(Element e) {
        StringBuilder sb = new StringBuilder();
        walk(e, sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static void walk(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue().replace("&", "&&"));
            } else if (c instanceof Element el) {
                if (Subset.hasClass(el, "page-number")) {
                    sb.append("&P");
                } else if (Subset.hasClass(el, "page-count")) {
                    sb.append("&N");
                } else if (Subset.hasClass(el, "marking") || Subset.hasClass(el, "footnote")) {
                    sb.append(' ');
                } else {
                    if (Xhtml.is(el, "br") || Xhtml.is(el, "div") || Xhtml.is(el, "p")) {
                        sb.append(' ');
                    }
                    walk(el, sb);
                }
            }
        }
    }
}
