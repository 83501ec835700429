package eu.barometer.templates.xlsx;

import eu.barometer.templates.internal.XmlOut;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's table of shared strings: each distinct text is stored once and cells refer to
 * it by number, which keeps sheets of repeated codes small. Past {@link #MAX} distinct texts a
 * cell keeps its text inline, so a sheet of a million different texts never holds them all in
 * memory.
 */
final class SharedStrings {

    /** Distinct texts kept in the table; further texts are written inline in their cells. */
    static final int MAX = 1 << 18;

    private final int max;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private long references;

    SharedStrings() {
        this(MAX);
    }

    /** A table of at most {@code max} distinct texts. */
    SharedStrings(int max) {
        this.max = max;
    }

    /** The number of a text in the table, or -1 if it is to be written inline. */
    int of(String text) {
        Integer i = index.get(text);
        if (i == null) {
            if (texts.size() >= max) {
                return -1;
            }
            i = texts.size();
            texts.add(text);
            index.put(text, i);
        }
        references++;
        return i;
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    /** Writes {@code xl/sharedStrings.xml}. */
    void write(XmlOut x) {
        x.raw("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"").num(references)
                .raw("\" uniqueCount=\"").num(texts.size()).raw("\">");
        for (String t : texts) {
            x.raw("<si>");
            text(x, t);
            x.raw("</si>");
        }
        x.raw("</sst>");
    }

    /** A {@code <t>} element, keeping leading and trailing spaces and line breaks ({@link XmlOut#spreadsheetText}). */
    static void text(XmlOut x, String t) {
        x.raw("<t>").spreadsheetText(t).raw("</t>");
    }
}
