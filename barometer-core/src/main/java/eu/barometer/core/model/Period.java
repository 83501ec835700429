package eu.barometer.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a whole number of calendar months from {@link #start()} to {@link #end()}
 * inclusive. Written as {@code 2023-07} (month), {@code 2023-Q3} (quarter), {@code 2023-H2}
 * (half-year), {@code 2023} (year) or {@code 2023-07..2023-11} (any range of months).
 *
 * @param start first month; never null
 * @param end   last month, not before {@code start}; never null
 * @since 0.1
 */
public record Period(YearMonth start, YearMonth end) implements Comparable<Period> {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF = Pattern.compile("(\\d{4})-?[HS]([12])", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-01)?");

    /** The kinds of period by length and alignment. */
    public enum Kind { MONTH, QUARTER, HALF_YEAR, YEAR, RANGE }

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** One month. */
    public static Period month(YearMonth month) {
        return new Period(month, month);
    }

    /** A calendar quarter, 1 to 4. */
    public static Period quarter(int year, int quarter) {
        YearMonth s = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period(s, s.plusMonths(2));
    }

    /** A calendar year. */
    public static Period year(int year) {
        return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /**
     * Parses any of the written forms (see the class description), or returns empty if the text
     * is not a period. Surrounding spaces are ignored.
     */
    public static Optional<Period> parse(String text) {
        String t = text.trim();
        try {
            int dots = t.indexOf("..");
            if (dots > 0) {
                Optional<Period> a = parse(t.substring(0, dots));
                Optional<Period> b = parse(t.substring(dots + 2));
                if (a.isPresent() && b.isPresent() && !b.get().end().isBefore(a.get().start())) {
                    return Optional.of(new Period(a.get().start(), b.get().end()));
                }
                return Optional.empty();
            }
            Matcher m;
            if ((m = QUARTER.matcher(t)).matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = HALF.matcher(t)).matches()) {
                YearMonth s = YearMonth.of(Integer.parseInt(m.group(1)), m.group(2).equals("1") ? 1 : 7);
                return Optional.of(new Period(s, s.plusMonths(5)));
            }
            if ((m = YEAR.matcher(t)).matches()) {
                return Optional.of(year(Integer.parseInt(m.group(1))));
            }
            if ((m = MONTH.matcher(t)).matches()) {
                int month = Integer.parseInt(m.group(2));
                if (month < 1 || month > 12) {
                    return Optional.empty();
                }
                return Optional.of(month(YearMonth.of(Integer.parseInt(m.group(1)), month)));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The number of months covered (at least 1). */
    public int months() {
        return (int) (end.getYear() * 12L + end.getMonthValue() - (start.getYear() * 12L + start.getMonthValue())) + 1;
    }

    /** What kind of period this is. */
    public Kind kind() {
        int m = months();
        int sm = start.getMonthValue();
        if (m == 1) {
            return Kind.MONTH;
        }
        if (m == 3 && sm % 3 == 1) {
            return Kind.QUARTER;
        }
        if (m == 6 && (sm == 1 || sm == 7)) {
            return Kind.HALF_YEAR;
        }
        if (m == 12 && sm == 1) {
            return Kind.YEAR;
        }
        return Kind.RANGE;
    }

    /** The period of the same length just before this one. */
    public Period previous() {
        return shift(-months());
    }

    /** The same period one year earlier. */
    public Period yearEarlier() {
        return shift(-12);
    }

    /** This period moved by a number of months. */
    public Period shift(int months) {
        return new Period(start.plusMonths(months), end.plusMonths(months));
    }

    /** From January of the start year to the end of this period: the year-to-date period. */
    public Period yearToDate() {
        return new Period(YearMonth.of(end.getYear(), 1), end);
    }

    /** The first day. */
    public LocalDate startDate() {
        return start.atDay(1);
    }

    /** The last day. */
    public LocalDate endDate() {
        return end.atEndOfMonth();
    }

    /** True if every month of {@code other} lies in this period. */
    public boolean contains(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** True if the month lies in this period. */
    public boolean contains(YearMonth month) {
        return !month.isBefore(start) && !month.isAfter(end);
    }

    /** The canonical written form, e.g. {@code 2023-Q3}. */
    @Override
    public String toString() {
        return switch (kind()) {
            case MONTH -> start.toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> start.getYear() + "-H" + (start.getMonthValue() == 1 ? 1 : 2);
            case YEAR -> Integer.toString(start.getYear());
            case RANGE -> start + ".." + end;
        };
    }

    /** Earlier start first; for equal starts, the shorter period first. */
    @Override
    public int compareTo(Period o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }
}
