package eu.barometer.templates.xlsx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small sheet built in memory (the summary, a document table, a chart's data, the sources),
 * then written in one go with its {@link SheetSetup}. Values are texts ({@code String}) or
 * numbers ({@code Double}; dates are stored as Excel day numbers, or as ISO text outside the
 * years 1900 to 9999 that Excel can show); a cell may also be empty with a style.
 */
final class Grid {

    /** The day numbers of dates: days since 30 December 1899 (Excel counts a 29 February 1900). */
    private static final long EPOCH = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final long MARCH_1900 = LocalDate.of(1900, 3, 1).toEpochDay();

    private static final class Row {
        float height = Float.NaN;
        Object[] values = new Object[4];
        int[] styles = new int[4];
        boolean[] present = new boolean[4];
    }

    final SheetSetup setup = new SheetSetup();
    private final List<Row> rows = new ArrayList<>();

    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    /** True if Excel can hold the date as a day number (it has none before 1900 or after 9999). */
    static boolean inExcel(LocalDate d) {
        return !d.isBefore(FIRST_DAY) && d.getYear() <= 9999;
    }

    /** The Excel day number of a date. */
    static double serial(LocalDate d) {
        long day = d.toEpochDay();
        return day - EPOCH - (day < MARCH_1900 ? 1 : 0);
    }

    /** Sets a cell: a String, a Number, a LocalDate, or null for a styled empty cell. */
    void set(int r, int c, Object value, int style) {
        Row row = row(r);
        if (c >= row.values.length) {
            int n = Math.max(c + 1, row.values.length * 2);
            row.values = Arrays.copyOf(row.values, n);
            row.styles = Arrays.copyOf(row.styles, n);
            row.present = Arrays.copyOf(row.present, n);
        }
        if (value instanceof LocalDate d) {
            value = inExcel(d) ? serial(d) : d.toString();
        } else if (value instanceof Number n && !(value instanceof Double)) {
            value = n.doubleValue();
        }
        row.values[c] = value;
        row.styles[c] = style;
        row.present[c] = true;
    }

    /** True if the cell exists (with a value or only a style). */
    boolean has(int r, int c) {
        return r < rows.size() && rows.get(r) != null && c < rows.get(r).present.length && rows.get(r).present[c];
    }

    /** The value of a cell: a String, a Double, or null. */
    Object value(int r, int c) {
        return has(r, c) ? rows.get(r).values[c] : null;
    }

    /** The text of a cell, empty if it holds none. */
    String text(int r, int c) {
        return value(r, c) instanceof String s ? s : "";
    }

    /** The style of a cell, 0 if it does not exist. */
    int style(int r, int c) {
        return has(r, c) ? rows.get(r).styles[c] : 0;
    }

    /** The number of cells a row may hold (its last column + 1), 0 for no row. */
    int width(int r) {
        if (r >= rows.size() || rows.get(r) == null) {
            return 0;
        }
        boolean[] p = rows.get(r).present;
        for (int c = p.length - 1; c >= 0; c--) {
            if (p[c]) {
                return c + 1;
            }
        }
        return 0;
    }

    /** The number of rows (the last row + 1). */
    int rows() {
        return rows.size();
    }

    /** Makes a row at least this tall, in points. */
    void atLeast(int r, float points) {
        Row row = row(r);
        if (Float.isNaN(row.height) ? points > 15f : points > row.height) {
            row.height = points;
        }
    }

    private Row row(int r) {
        while (rows.size() <= r) {
            rows.add(null);
        }
        Row row = rows.get(r);
        if (row == null) {
            row = new Row();
            rows.set(r, row);
        }
        return row;
    }

    /** Writes the cells, row by row (the writer's {@code begin} and {@code end} are the caller's). */
    void writeCells(SheetXml out) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row == null) {
                continue;
            }
            out.row(r, row.height);
            for (int c = 0; c < row.present.length; c++) {
                if (!row.present[c]) {
                    continue;
                }
                Object v = row.values[c];
                if (v instanceof String s) {
                    out.text(c, row.styles[c], s);
                } else if (v instanceof Double d) {
                    out.number(c, row.styles[c], d);
                } else {
                    out.blank(c, row.styles[c]);
                }
            }
        }
    }

    /** Sets the dimension of the setup from the cells. */
    void measure() {
        int lastCol = -1;
        int lastRow = -1;
        for (int r = 0; r < rows.size(); r++) {
            int w = width(r);
            if (w > 0) {
                lastRow = r;
                lastCol = Math.max(lastCol, w - 1);
            }
        }
        setup.lastRow = lastRow;
        setup.lastColumn = lastCol;
    }
}
