package eu.barometer.core.analysis;

import eu.barometer.core.model.Period;
import eu.barometer.core.model.StateRow;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Summarises one metric of per-state rows for a reporting period.
 *
 * @since 0.1
 */
public final class Metrics {

    private Metrics() { }

    /**
     * The summary of a metric over the rows that pass a filter.
     *
     * @param key    the metric's name, e.g. {@code new_cases}
     * @param rows   the dataset's rows
     * @param filter which rows count (e.g. one system and measure)
     * @param value  the metric of a row
     * @param period the reporting period
     */
    public static <R extends StateRow> MetricSummary summarise(String key, List<R> rows, Predicate<R> filter,
                                                               ToLongFunction<R> value, Period period) {
        Period previous = period.previous();
        Period yearEarlier = period.yearEarlier();
        Period ytd = period.yearToDate();
        Period ytdEarlier = ytd.yearEarlier();
        Map<Period, Map<Country, Long>> byPeriod = new HashMap<>();
        Map<Country, Flag> flags = new EnumMap<>(Country.class);
        long ytdSum = 0;
        long ytdEarlierSum = 0;
        boolean ytdEarlierSeen = false;
        Flag flag = Flag.NONE;
        for (R r : rows) {
            if (!filter.test(r)) {
                continue;
            }
            Period p = r.period();
            long v = value.applyAsLong(r);
            if (p.equals(period) || p.equals(previous) || p.equals(yearEarlier)) {
                byPeriod.computeIfAbsent(p, x -> new EnumMap<>(Country.class)).merge(r.country(), v, Long::sum);
            }
            if (p.equals(period)) {
                flags.merge(r.country(), r.flag(), Flag::and);
                flag = flag.and(r.flag());
            }
            if (p.kind() == period.kind()) {
                if (ytd.contains(p)) {
                    ytdSum += v;
                } else if (ytdEarlier.contains(p)) {
                    ytdEarlierSum += v;
                    ytdEarlierSeen = true;
                }
            }
        }
        Map<Country, Long> current = byPeriod.getOrDefault(period, Map.of());
        Map<Country, Long> prev = byPeriod.get(previous);
        Map<Country, Long> early = byPeriod.get(yearEarlier);
        long total = current.values().stream().mapToLong(Long::longValue).sum();

        List<Country> order = new ArrayList<>(current.keySet());
        order.sort(Comparator.naturalOrder());
        List<Country> byValue = new ArrayList<>(order);
        byValue.sort(Comparator.comparing((Country c) -> current.get(c)).reversed().thenComparing(Comparator.naturalOrder()));
        Map<Country, Integer> ranks = new EnumMap<>(Country.class);
        for (int i = 0; i < byValue.size(); i++) {
            Country c = byValue.get(i);
            boolean tie = i > 0 && current.get(byValue.get(i - 1)).equals(current.get(c));
            ranks.put(c, tie ? ranks.get(byValue.get(i - 1)) : i + 1);
        }
        Map<Country, StateFigure> figures = new EnumMap<>(Country.class);
        for (Country c : order) {
            long v = current.get(c);
            figures.put(c, new StateFigure(c, v, flags.getOrDefault(c, Flag.NONE),
                    new Change(v, lookup(prev, c), previous),
                    new Change(v, lookup(early, c), yearEarlier),
                    total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) v / total),
                    ranks.get(c)));
        }
        return new MetricSummary(key, period, total, flag,
                new Change(total, sum(prev), previous),
                new Change(total, sum(early), yearEarlier),
                ytdSum,
                new Change(ytdSum, ytdEarlierSeen ? OptionalLong.of(ytdEarlierSum) : OptionalLong.empty(), ytdEarlier),
                order.stream().map(figures::get).toList(),
                byValue.stream().map(figures::get).toList());
    }

    private static OptionalLong lookup(Map<Country, Long> m, Country c) {
        if (m == null || !m.containsKey(c)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(m.get(c));
    }

    private static OptionalLong sum(Map<Country, Long> m) {
        return m == null ? OptionalLong.empty() : OptionalLong.of(m.values().stream().mapToLong(Long::longValue).sum());
    }
}
