package eu.barometer.core.input;

import eu.barometer.core.model.Period;
import eu.barometer.core.problem.Location;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.problem.ProblemCollector;
import eu.barometer.core.model.FigureFlags;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.Vocabulary;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed access to the fields of the current CSV record. Each accessor reports a problem at the
 * field's exact location and returns null when the value cannot be used, so one pass over a row
 * finds every problem in it. A flag next to a number belongs to that figure ({@link #flags(Column)});
 * the {@code flag} column, read with {@link #rowFlag(Flag)}, to every figure of the row.
 */
public final class RowReader {

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");

    private final CsvTable table;
    private final Map<String, Integer> columns;
    private final InputFormat.Decimal decimal;
    private final ProblemCollector problems;
    private final int maxCellLength;
    private final Map<String, Period> periodCache = new HashMap<>();
    /** The flag written next to each number of the row, by field index. */
    private final Flags[] cellFlags;
    private boolean cellFlagged;
    private Flags rowFlags = Flags.NONE;
    private boolean rowOk = true;

    RowReader(CsvTable table, Map<String, Integer> columns, InputFormat.Decimal decimal, ProblemCollector problems,
              int maxCellLength) {
        this.table = table;
        this.columns = columns;
        this.decimal = decimal;
        this.problems = problems;
        this.maxCellLength = maxCellLength;
        this.cellFlags = new Flags[columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        Arrays.fill(cellFlags, Flags.NONE);
    }

    /** Starts a new row. */
    void reset() {
        if (cellFlagged) {
            Arrays.fill(cellFlags, Flags.NONE);
            cellFlagged = false;
        }
        rowFlags = Flags.NONE;
        rowOk = true;
    }

    /** True if no accessor reported an error since {@link #reset()}. */
    public boolean ok() {
        return rowOk;
    }

    /** The flags of one figure of this row: the flag next to its number and the row's {@code flag} column. */
    public Flags flags(Column c) {
        Integer idx = columns.get(c.name());
        return idx == null ? rowFlags : rowFlags.and(cellFlags[idx]);
    }

    /** The flags of each of the row's figures, in the order given. */
    public FigureFlags figureFlags(Column... figures) {
        FigureFlags f = FigureFlags.NONE;
        for (int i = 0; i < figures.length; i++) {
            f = f.with(i, flags(figures[i]));
        }
        return f;
    }

    /** The line of the current row. */
    public int line() {
        return table.line();
    }

    /** Flags every figure of the row (the {@code flag} column). */
    public void rowFlag(Flag f) {
        rowFlags = rowFlags.and(f);
    }

    private void cellFlag(Column c, Flag f) {
        if (f != Flag.NONE) {
            cellFlags[columns.get(c.name())] = Flags.of(f);
            cellFlagged = true;
        }
    }

    public Location at(Column c) {
        Integer idx = columns.get(c.name());
        return new Location(table.name(), table.line(), idx == null ? 0 : idx + 1);
    }

    /** Reports a warning at a field; the row stays usable. */
    public void reportWarning(Column c, ProblemCode code, String message) {
        problems.warning(at(c), code, message);
    }

    /**
     * The free-text columns' per-language variants of this row ({@code deliverable_sl}, …): the
     * languages whose column is present and not empty.
     */
    public eu.barometer.core.model.Translations translations(Column... texts) {
        Map<String, eu.barometer.core.model.LocalizedText> out = new HashMap<>();
        for (Column c : texts) {
            Map<eu.barometer.core.reference.Language, String> byLanguage =
                    new java.util.EnumMap<>(eu.barometer.core.reference.Language.class);
            for (eu.barometer.core.reference.Language l : eu.barometer.core.reference.Language.values()) {
                Integer idx = columns.get(c.name() + "_" + l.code());
                if (idx == null) {
                    continue;
                }
                String v = table.field(idx).strip();
                if (v.length() > maxCellLength) {
                    problems.error(new Location(table.name(), table.line(), idx + 1), ProblemCode.VALUE_TOO_LONG, "value of "
                            + v.length() + " characters in '" + c.name() + "_" + l.code() + "'; expected at most " + maxCellLength);
                    rowOk = false;
                } else if (!v.isEmpty()) {
                    byLanguage.put(l, v);
                }
            }
            if (!byLanguage.isEmpty()) {
                out.put(c.name(), new eu.barometer.core.model.LocalizedText(text(c), byLanguage));
            }
        }
        return out.isEmpty() ? eu.barometer.core.model.Translations.NONE : new eu.barometer.core.model.Translations(out);
    }

    /** Reports an error at a field and marks the row unusable. */
    public void reportError(Column c, ProblemCode code, String message) {
        error(c, code, message);
    }

    private void error(Column c, ProblemCode code, String message) {
        rowOk = false;
        problems.error(at(c), code, message);
    }

    /** The trimmed text, or "" if the column is absent or the value empty (an error if required). */
    public String text(Column c) {
        Integer idx = columns.get(c.name());
        if (idx == null) {
            if (c.required()) {
                rowOk = false; // the missing column itself is reported once, at the header
            }
            return "";
        }
        String v = table.field(idx).strip();
        if (v.length() > maxCellLength) {
            error(c, ProblemCode.VALUE_TOO_LONG, "value of " + v.length() + " characters in '" + c.name()
                    + "'; expected at most " + maxCellLength);
            return "";
        }
        if (v.isEmpty() && c.required()) {
            error(c, ProblemCode.MISSING_VALUE, "empty '" + c.name() + "'; expected " + c.type()
                    + (c.example().isEmpty() ? "" : ", e.g. " + c.example()));
        }
        return v;
    }

    /** A whole number, or null. */
    public Long count(Column c) {
        String v = text(c);
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() <= 18 && allDigits(v)) {
            return Long.parseLong(v);
        }
        NumberText.Parsed p = NumberText.parse(v, decimal);
        if (!p.ok()) {
            error(c, ProblemCode.WRONG_TYPE, p.error() + " in '" + c.name() + "'");
            return null;
        }
        cellFlag(c, p.flag());
        try {
            return p.value().longValueExact();
        } catch (ArithmeticException e) {
            error(c, ProblemCode.WRONG_TYPE, "'" + v + "' in '" + c.name() + "' is not a whole number; expected a count such as 1234");
            return null;
        }
    }

    /** A decimal amount, or null. */
    public BigDecimal amount(Column c) {
        String v = text(c);
        if (v.isEmpty()) {
            return null;
        }
        NumberText.Parsed p = NumberText.parse(v.replace("€", "").replace("EUR", ""), decimal);
        if (!p.ok()) {
            error(c, ProblemCode.WRONG_TYPE, p.error() + " in '" + c.name() + "'");
            return null;
        }
        cellFlag(c, p.flag());
        return p.value();
    }

    /** A code of a vocabulary, or null (an unknown code is an error with suggestions). */
    public <E> E code(Column c, Vocabulary<E> vocabulary) {
        String v = text(c);
        if (v.isEmpty()) {
            return null;
        }
        Optional<E> e = vocabulary.lookup(v);
        if (e.isEmpty()) {
            error(c, ProblemCode.UNKNOWN_CODE, "unknown " + vocabulary.what() + " '" + v + "' (" + vocabulary.hint(v) + ")");
            return null;
        }
        return e.get();
    }

    /**
     * One or more codes of a vocabulary separated by {@code ,}, {@code /} or {@code +}, in the
     * order given, each once; null if empty or a code is unknown (each unknown code is an error).
     */
    public <E> java.util.List<E> codes(Column c, Vocabulary<E> vocabulary) {
        String v = text(c);
        if (v.isEmpty()) {
            return null;
        }
        java.util.List<E> out = new java.util.ArrayList<>();
        boolean ok = true;
        for (String part : v.split("[,/+]")) {
            String code = part.strip();
            if (code.isEmpty()) {
                continue;
            }
            Optional<E> e = vocabulary.lookup(code);
            if (e.isEmpty()) {
                ok = false;
                error(c, ProblemCode.UNKNOWN_CODE, "unknown " + vocabulary.what() + " '" + code + "' (" + vocabulary.hint(code)
                        + "); expected one or more separated by , / or +");
            } else if (!out.contains(e.get())) {
                out.add(e.get());
            }
        }
        return ok && !out.isEmpty() ? java.util.List.copyOf(out) : null;
    }

    /** A period ({@code 2023-07}, {@code 2023-Q3}, {@code 2023-H2}, {@code 2023}), or null. */
    public Period period(Column c) {
        String v = text(c);
        if (v.isEmpty()) {
            return null;
        }
        Period p = periodCache.get(v);
        if (p == null) {
            p = Period.parse(v).orElse(null);
            if (p == null) {
                error(c, ProblemCode.WRONG_TYPE, "'" + v + "' in '" + c.name()
                        + "' is not a period; expected a month (2023-07), quarter (2023-Q3), half-year (2023-H2) or year (2023)");
                return null;
            }
            periodCache.put(v, p);
        }
        return p;
    }

    /** A month ({@code 2023-07} or {@code 2023-07-01}), or null. */
    public YearMonth month(Column c) {
        String v = text(c);
        if (v.isEmpty()) {
            return null;
        }
        Optional<Period> p = Period.parse(v);
        if (p.isEmpty() || p.get().kind() != Period.Kind.MONTH || v.length() < 6) {
            error(c, ProblemCode.WRONG_TYPE, "'" + v + "' in '" + c.name() + "' is not a month; expected YYYY-MM, e.g. 2023-07");
            return null;
        }
        return p.get().start();
    }

    /** A date ({@code 2023-10-11}, {@code 11.10.2023} or {@code 11/10/2023}), or null. */
    public LocalDate date(Column c) {
        String v = text(c);
        if (v.isEmpty()) {
            return null;
        }
        LocalDate d = parseDate(v);
        if (d == null) {
            error(c, ProblemCode.WRONG_TYPE, "'" + v + "' in '" + c.name()
                    + "' is not a date; expected YYYY-MM-DD (e.g. 2023-12-31) or DD.MM.YYYY");
        }
        return d;
    }

    static LocalDate parseDate(String v) {
        try {
            if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
                return LocalDate.parse(v);
            }
            Matcher m = DMY.matcher(v);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static boolean allDigits(String v) {
        if (v.isEmpty()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }
}
