package eu.barometer.templates.xlsx;

import java.util.Arrays;

/**
 * Column widths computed from what is written (in characters), since Excel's auto-fit needs
 * fonts and runs only when a user asks for it.
 */
final class ColumnWidths {

    static final int MIN = 6;
    static final int MAX = 60;

    private int[] chars = new int[8];

    /** Notes that a column holds text of this many characters. */
    void fit(int column, int length) {
        if (column >= chars.length) {
            chars = Arrays.copyOf(chars, Math.max(column + 1, chars.length * 2));
        }
        chars[column] = Math.max(chars[column], length);
    }

    /** Notes a text; the longest line counts. */
    void fitText(int column, String text) {
        int longest = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            longest = Math.max(longest, text.codePointCount(start, end));
            start = end + 1;
        }
        fit(column, longest);
    }

    /** Notes a whole number shown with thousands separators. */
    void fitInteger(int column, long value) {
        int digits = Long.toString(Math.abs(value)).length();
        fit(column, digits + (digits - 1) / 3 + (value < 0 ? 1 : 0));
    }

    /** The widest text noted in a column. */
    int chars(int column) {
        return column < chars.length ? chars[column] : 0;
    }

    /** True if a column's text is wider than the widest column, so it needs wrapping. */
    boolean tooWide(int length) {
        return length > MAX;
    }

    /** The width a column gets, in characters. */
    int width(int column) {
        return Math.min(MAX, Math.max(MIN, chars(column) + 2));
    }

    /** Sets the widths of columns {@code 0..columns-1}. */
    void apply(SheetSetup setup, int columns) {
        for (int c = 0; c < columns; c++) {
            setup.width(c, width(c));
        }
    }

    /**
     * Makes a row tall enough for a wrapped text in a column: neither Excel nor LibreOffice
     * grows rows on opening a file, so wrapped lines would overlap the next row.
     */
    void fitHeight(Grid grid, int row, int column, String text) {
        int w = Math.max(1, width(column) - 1);
        int lines = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines += Math.max(1, (text.codePointCount(start, end) + w - 1) / w);
            start = end + 1;
        }
        grid.atLeast(row, 15f * lines);
    }
}
