package eu.barometer.core.problem;

import java.util.Objects;

/**
 * Where a problem is: a source (file name, or {@code dataset[record]} for data given through the
 * builder API), a 1-based line and a 1-based column. Line 0 means the whole source; column 0 means
 * the whole line. For CSV files the column is the field number (1 = first field).
 *
 * @param source the file name relative to the bundle, or a dataset and record name; never null
 * @param line   1-based line, or 0 for the whole source
 * @param column 1-based column, or 0 for the whole line
 * @since 0.1
 */
public record Location(String source, int line, int column) implements Comparable<Location> {

    public Location {
        Objects.requireNonNull(source, "source");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
    }

    /** The whole of a source. */
    public static Location of(String source) {
        return new Location(source, 0, 0);
    }

    /** {@code source:line:column}, leaving out parts that are 0. */
    @Override
    public String toString() {
        if (line == 0) {
            return source;
        }
        return column == 0 ? source + ":" + line : source + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(Location o) {
        int c = source.compareTo(o.source);
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
