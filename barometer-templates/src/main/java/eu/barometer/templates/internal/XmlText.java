package eu.barometer.templates.internal;

/**
 * Escaping of text for XML and HTML written as characters (the HTML edition, its SVG charts, the
 * preview's pages). The OOXML parts are written as bytes by {@link XmlOut}, which escapes the
 * same characters and also those SpreadsheetML reads as escapes ({@code _xHHHH_}).
 */
public final class XmlText {

    private XmlText() { }

    /** Appends text content: {@code & < >} escaped, quotes kept (they need no escape outside attributes). */
    public static StringBuilder text(CharSequence s, StringBuilder sb) {
        return escape(s, sb, false);
    }

    /** Appends a double-quoted attribute value: {@code & < "} escaped ({@code >} needs no escape there). */
    public static StringBuilder attribute(CharSequence s, StringBuilder sb) {
        return escape(s, sb, true);
    }

    /** Text content escaped, as a string. */
    public static String text(CharSequence s) {
        return text(s, new StringBuilder(s.length() + 16)).toString();
    }

    private static StringBuilder escape(CharSequence s, StringBuilder sb, boolean attribute) {
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
        return sb;
    }
}
