package eu.barometer.templates.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything about a sheet other than its cells: column widths, frozen panes, the autofilter,
 * merged heading cells, links, the print setup and a chart. Filled in by the sheet writers,
 * read by {@link SheetXml}.
 */
final class SheetSetup {

    /** A range of cells, rows and columns from 0, both ends included. */
    record Range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        /** The range in A1 style, e.g. {@code A2:G11}; with {@code absolute}, {@code $A$2:$G$11}. */
        String ref(boolean absolute) {
            String d = absolute ? "$" : "";
            return d + SheetXml.column(firstColumn) + d + (firstRow + 1) + ":" + d + SheetXml.column(lastColumn) + d + (lastRow + 1);
        }
    }

    /** A link from a cell to a place in the workbook, e.g. {@code 'Sources'!A1}. */
    record Link(int row, int column, String location, String display) { }

    /** Column widths in characters, 0 for the default. */
    int[] widths = new int[0];
    /** Columns and rows frozen at the top left. */
    int freezeColumns;
    int freezeRows;
    /** The autofilter's range, or null. */
    Range autoFilter;
    final List<Range> merges = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    /** The rows, from 0, repeated at the top of each printed page; -1 for none. */
    int repeatFirst = -1;
    int repeatLast = -1;
    boolean landscape;
    /** The header and footer in Excel's syntax ({@code &L…&C…&R…}), empty for none. */
    String header = "";
    String footer = "";
    /** The chart drawn on the sheet, or null. */
    ChartXml.Chart chart;
    /** The last row and column holding cells (for the dimension), -1 if unknown. */
    int lastRow = -1;
    int lastColumn = -1;

    /** Sets the width of a column in characters. */
    void width(int column, int chars) {
        if (column >= widths.length) {
            widths = java.util.Arrays.copyOf(widths, column + 1);
        }
        widths[column] = chars;
    }
}
