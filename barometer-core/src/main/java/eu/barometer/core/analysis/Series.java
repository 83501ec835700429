package eu.barometer.core.analysis;

import eu.barometer.core.model.Period;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Computations over a time series of counts keyed by period.
 *
 * @since 0.1
 */
public final class Series {

    private Series() { }

    /** A record of the whole series is claimed only over at least this many earlier periods. */
    public static final int MIN_RECORD_PERIODS = 5;

    /**
     * Where the value at {@code at} stands: a high when it is above the period before and a low
     * when below, since the latest earlier period that reached it; empty when it is neither, when
     * the series has nothing before it, or when it would be a record of a series too short to
     * support one.
     */
    public static Optional<Standing> standing(SortedMap<Period, Long> series, Period at) {
        Long value = series.get(at);
        if (value == null) {
            throw new IllegalArgumentException("the series has no value for " + at);
        }
        SortedMap<Period, Long> earlier = series.headMap(at);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        long before = earlier.get(earlier.lastKey());
        if (before == value) {
            return Optional.empty();
        }
        Standing.Extreme extreme = value > before ? Standing.Extreme.HIGHEST : Standing.Extreme.LOWEST;
        Period since = null;
        for (Map.Entry<Period, Long> e : earlier.entrySet()) {
            if (extreme == Standing.Extreme.HIGHEST ? e.getValue() >= value : e.getValue() <= value) {
                since = e.getKey();
            }
        }
        if (since == null && earlier.size() < MIN_RECORD_PERIODS) {
            return Optional.empty();
        }
        return Optional.of(new Standing(at, value, extreme, Optional.ofNullable(since), series.firstKey()));
    }

    /**
     * For each year of a monthly series, the sum of the same months as {@code upTo}'s year-to-date
     * (January to upTo's month), for the years where all those months are present.
     */
    public static SortedMap<Period, Long> yearToDateByYear(SortedMap<Period, Long> monthly, Period upTo) {
        SortedMap<Period, Long> out = new TreeMap<>();
        if (monthly.isEmpty()) {
            return out;
        }
        int lastMonth = upTo.end().getMonthValue();
        int firstYear = monthly.firstKey().start().getYear();
        int lastYear = upTo.end().getYear();
        for (int y = firstYear; y <= lastYear; y++) {
            long sum = 0;
            boolean complete = true;
            for (int m = 1; m <= lastMonth && complete; m++) {
                Long v = monthly.get(Period.month(java.time.YearMonth.of(y, m)));
                if (v == null) {
                    complete = false;
                } else {
                    sum += v;
                }
            }
            if (complete) {
                out.put(new Period(java.time.YearMonth.of(y, 1), java.time.YearMonth.of(y, lastMonth)), sum);
            }
        }
        return out;
    }

    /** The sum of a monthly series over a period, if every month of it is present. */
    public static Optional<Long> sum(SortedMap<Period, Long> monthly, Period period) {
        long sum = 0;
        for (java.time.YearMonth m = period.start(); !m.isAfter(period.end()); m = m.plusMonths(1)) {
            Long v = monthly.get(Period.month(m));
            if (v == null) {
                return Optional.empty();
            }
            sum += v;
        }
        return Optional.of(sum);
    }
}
