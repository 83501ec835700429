package eu.barometer.templates.xlsx;

import eu.barometer.templates.RenderException;
import eu.barometer.templates.xlsx.Styles.Kind;
import eu.barometer.templates.xlsx.Styles.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one XHTML table to a sheet: the caption as the sheet's title, the {@code thead} rows as
 * bold, frozen heading rows with the autofilter on the last of them, the body as typed cells
 * (one column of codes added after each column that carries {@code data-code}), the
 * {@code tfoot} totals below the filtered range, then the source ({@code data-source}) and the footnotes.
 *
 * <p>Texts are stored as texts: one that starts with {@code =}, {@code +}, {@code -} or
 * {@code @} is never a formula ({@link SheetXml} cannot write one).
 */
final class TableSheet {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DISPLAYED_DECIMALS = Pattern.compile("\\d[.,](\\d+)\\D*$");

    /**
     * Where a table landed on its sheet.
     *
     * @param headerRow    the last heading row (the autofilter row), -1 if the table has no thead
     * @param firstBodyRow the first body row
     * @param lastBodyRow  the last body row (before totals); below {@code firstBodyRow} if the body is empty
     * @param outColumn    the sheet column of each table column
     * @param kinds        what the first body row holds in each table column
     * @param columns      the number of sheet columns used
     * @param lastRow      the last row written (notes included)
     */
    record Layout(int headerRow, int firstBodyRow, int lastBodyRow, int[] outColumn, Kind[] kinds, int columns,
                  int lastRow) { }

    /** The typed content of a cell, before it is written. */
    record Value(Kind kind, int decimals, Object value) { }

    private final Styles styles;
    private final Labels labels;
    private final Printing printing;

    TableSheet(Styles styles, Labels labels, Printing printing) {
        this.styles = styles;
        this.labels = labels;
        this.printing = printing;
    }

    /**
     * Writes the table from row 0 of an empty sheet.
     *
     * @param beside columns kept free to the right of the table (for a chart), counted for the page orientation
     */
    Layout write(Grid g, HtmlTable t, int beside) throws RenderException {
        int columns = t.columns();
        boolean[] code = new boolean[columns];
        for (List<List<HtmlTable.Cell>> part : List.of(t.body(), t.foot())) {
            for (List<HtmlTable.Cell> row : part) {
                for (int j = 0; j < row.size(); j++) {
                    // A code column repeats nothing: cells whose code is their text (I.3 in an Action column) need none.
                    String text = row.get(j).text().strip();
                    code[j] |= row.get(j).code().filter(c -> !c.equals(text)).isPresent();
                }
            }
        }
        int[] out = new int[columns + 1];
        for (int j = 0, extra = 0; j <= columns; j++) {
            out[j] = j + extra;
            if (j < columns && code[j]) {
                extra++;
            }
        }
        int outColumns = out[columns];
        Kind[] kinds = new Kind[columns];
        java.util.Arrays.fill(kinds, Kind.TEXT);
        if (!t.body().isEmpty()) {
            List<HtmlTable.Cell> first = t.body().get(0);
            for (int j = 0; j < first.size(); j++) {
                kinds[j] = value(first.get(j), t.where(), 1, j + 1).kind();
            }
        }
        ColumnWidths widths = new ColumnWidths();
        int r = 0;
        if (!t.caption().isEmpty()) {
            g.set(r++, 0, t.caption(), styles.title());
        }

        int firstHead = r;
        Set<Long> taken = new HashSet<>();
        for (int i = 0; i < t.head().size(); i++, r++) {
            int col = 0;
            for (HtmlTable.Cell hc : t.head().get(i)) {
                while (taken.contains(key(i, col))) {
                    col++;
                }
                int endCol = Math.min(columns - 1, col + hc.colspan() - 1);
                for (int a = i; a < i + hc.rowspan(); a++) {
                    for (int b = col; b <= endCol; b++) {
                        taken.add(key(a, b));
                    }
                }
                int o = out[Math.min(col, columns - 1)];
                int oEnd = out[endCol] + (code[endCol] && endCol > col ? 1 : 0);
                boolean right = kinds[Math.min(col, columns - 1)] != Kind.TEXT && kinds[Math.min(col, columns - 1)] != Kind.CODE;
                for (int b = o + 1; b <= oEnd; b++) {
                    g.set(r, b, null, styles.header(right));
                }
                g.set(r, o, hc.text(), styles.header(right));
                widths.fit(o, Math.min(24, hc.text().length()));
                int lastRow = Math.min(r + hc.rowspan() - 1, firstHead + t.head().size() - 1);
                if (oEnd > o || lastRow > r) {
                    g.setup.merges.add(new SheetSetup.Range(r, lastRow, o, oEnd));
                }
                col = endCol + 1;
            }
        }
        int headerRow = t.head().isEmpty() ? -1 : r - 1;
        if (headerRow >= 0) {
            for (int j = 0; j < columns; j++) {
                int c = out[j] + 1;
                if (code[j] && g.text(headerRow, c).isEmpty()) {
                    g.set(headerRow, c, labels.get("table.code"), g.has(headerRow, c) ? g.style(headerRow, c) : styles.header(false));
                }
            }
            for (int b = 0; b < outColumns; b++) {
                if (!g.has(headerRow, b)) {
                    g.set(headerRow, b, null, styles.header(false));
                }
            }
        }

        int firstBody = r;
        boolean flagged = false;
        for (int i = 0; i < t.body().size(); i++, r++) {
            flagged |= row(g, r, t.body().get(i), Role.BODY, out, code, widths, t.where(), i + 1);
        }
        int lastBody = r - 1;
        for (int i = 0; i < t.foot().size(); i++, r++) {
            flagged |= row(g, r, t.foot().get(i), Role.TOTAL, out, code, widths, t.where(), i + 1);
        }

        if (!t.footnotes().isEmpty() || flagged || t.source().isPresent()) {
            r++;
        }
        if (t.source().isPresent()) {
            g.set(r++, 0, t.source().get(), styles.note());
        }
        for (int i = 0; i < t.footnotes().size(); i++) {
            g.set(r++, 0, Xhtml.superscript(i + 1) + " " + t.footnotes().get(i), styles.note());
        }
        if (flagged) {
            g.set(r++, 0, labels.get("note.flagged"), styles.note());
        }

        if (headerRow >= 0) {
            boolean rowHeaders = !t.body().isEmpty() && !t.body().get(0).isEmpty() && t.body().get(0).get(0).header();
            int colSplit = rowHeaders ? out[1] : 0;
            g.setup.freezeColumns = colSplit;
            g.setup.freezeRows = headerRow + 1;
            if (lastBody >= firstBody) {
                g.setup.autoFilter = new SheetSetup.Range(headerRow, lastBody, 0, outColumns - 1);
            }
        }
        widths.apply(g.setup, outColumns);
        for (int i = firstHead; i <= lastBody + t.foot().size(); i++) {
            for (int c = 0, n = g.width(i); c < n; c++) {
                if (g.value(i, c) instanceof String text && styles.wraps(g.style(i, c))) {
                    widths.fitHeight(g, i, c, text);
                }
            }
        }
        printing.apply(g.setup, headerRow >= 0 ? firstHead : -1, headerRow, outColumns + beside);
        return new Layout(headerRow, firstBody, lastBody, out, kinds, outColumns, r - 1);
    }

    private static long key(int row, int col) {
        return ((long) row << 32) | col;
    }

    /** Writes a body or total row; true if a cell was flagged. */
    private boolean row(Grid g, int r, List<HtmlTable.Cell> cells, Role role, int[] out, boolean[] code,
                        ColumnWidths widths, String where, int number) throws RenderException {
        boolean flagged = false;
        for (int j = 0; j < cells.size(); j++) {
            HtmlTable.Cell hc = cells.get(j);
            Value v = value(hc, where, number, j + 1);
            boolean flag = hc.flag().isPresent();
            flagged |= flag;
            boolean wrap = v.kind() == Kind.TEXT && (hc.text().contains("\n") || widths.tooWide(hc.text().length()));
            g.set(r, out[j], v.value(), styles.cell(v.kind(), v.decimals(), role, flag, wrap, hc.heat().orElse(null)));
            fit(widths, out[j], v, hc.text());
            if (code[j]) {
                g.set(r, out[j] + 1, hc.code().orElse(null), styles.cell(Kind.CODE, 0, role, false, false));
                widths.fitText(out[j] + 1, hc.code().orElse(""));
            }
        }
        return flagged;
    }

    private static void fit(ColumnWidths widths, int column, Value v, String text) {
        switch (v.kind()) {
            case INTEGER -> widths.fitInteger(column, ((Number) v.value()).longValue());
            case DECIMAL, PERCENT -> widths.fit(column, Math.max(text.length(), 4));
            case DATE -> widths.fit(column, 10);
            case MONTH -> widths.fit(column, 9);
            default -> widths.fitText(column, Math.min(text.length(), ColumnWidths.MAX) == text.length() ? text
                    : text.substring(0, ColumnWidths.MAX));
        }
    }

    /** The typed value of a cell from its data-value and data-type, or its text. */
    static Value value(HtmlTable.Cell c, String where, int row, int column) throws RenderException {
        Optional<String> raw = c.value();
        if (raw.isEmpty()) {
            return new Value(Kind.TEXT, 0, c.text());
        }
        String v = raw.get();
        String type = c.type().orElse(MONTH.matcher(v).matches() ? "month" : DATE.matcher(v).matches() ? "date" : "");
        try {
            return switch (type) {
                case "integer" -> new Value(Kind.INTEGER, 0, new BigDecimal(v).longValueExact());
                case "decimal" -> {
                    BigDecimal d = new BigDecimal(v);
                    yield new Value(Kind.DECIMAL, displayed(c.text(), Math.max(0, d.scale())), d);
                }
                case "percent" -> {
                    BigDecimal d = new BigDecimal(v);
                    yield new Value(Kind.PERCENT, displayed(c.text(), Math.max(0, d.scale() - 2)), d);
                }
                case "date" -> MONTH.matcher(v).matches() ? new Value(Kind.MONTH, 0, YearMonth.parse(v).atDay(1))
                        : new Value(Kind.DATE, 0, LocalDate.parse(v));
                case "month" -> new Value(Kind.MONTH, 0, YearMonth.parse(v).atDay(1));
                case "text" -> new Value(Kind.TEXT, 0, v);
                case "" -> new Value(Kind.TEXT, 0, c.text());
                default -> throw HtmlTable.problem(where + " row " + row + " column " + column + ": data-type=\"" + type
                        + "\"; expected integer, decimal, percent, date or text");
            };
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw HtmlTable.problem(where + " row " + row + " column " + column + ": data-value=\"" + v
                    + "\" is not a valid " + type + " (" + (type.equals("date") ? "expected YYYY-MM-DD or YYYY-MM"
                    : type.equals("integer") ? "expected a whole number such as 1234" : "expected a number such as 0.18")
                    + ")");
        }
    }

    /**
     * The decimal places the document shows: the digits after the last separator ("18.3%" → 1,
     * "18 %" → 0). Three digits may be a thousands group ("1,234"), and a text without digits
     * says nothing: then the fallback. At most 4.
     */
    private static int displayed(String text, int fallback) {
        String t = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "");
        Matcher m = DISPLAYED_DECIMALS.matcher(t);
        int d;
        if (m.find()) {
            d = m.group(1).length() != 3 ? m.group(1).length() : fallback;
        } else {
            d = t.chars().anyMatch(Character::isDigit) ? 0 : fallback;
        }
        return Math.min(4, d);
    }
}
