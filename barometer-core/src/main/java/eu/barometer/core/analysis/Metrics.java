package eu.barometer.core.analysis;

import eu.barometer.core.model.Period;
import eu.barometer.core.model.StateRow;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Summarises one metric of per-state rows for a reporting period. Every figure computed carries
 * the flags of the figures it includes: a total that sums a provisional and an estimated figure
 * is both provisional and estimated.
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
     * @param flags  the flags of that figure of a row
     * @param period the reporting period
     */
    public static <R extends StateRow> MetricSummary summarise(String key, List<R> rows, Predicate<R> filter,
                                                               ToLongFunction<R> value, Function<R, Flags> flags,
                                                               Period period) {
        Period previous = period.previous();
        Period yearEarlier = period.yearEarlier();
        Period ytd = period.yearToDate();
        Period ytdEarlier = ytd.yearEarlier();
        Map<Period, Map<Country, Long>> byPeriod = new HashMap<>();
        Map<Period, Map<Country, Flags>> flagsByPeriod = new HashMap<>();
        long ytdSum = 0;
        long ytdEarlierSum = 0;
        Flags ytdFlags = Flags.NONE;
        Flags ytdEarlierFlags = Flags.NONE;
        boolean ytdEarlierSeen = false;
        for (R r : rows) {
            if (!filter.test(r)) {
                continue;
            }
            Period p = r.period();
            long v = value.applyAsLong(r);
            Flags f = flags.apply(r);
            if (p.equals(period) || p.equals(previous) || p.equals(yearEarlier)) {
                byPeriod.computeIfAbsent(p, x -> new EnumMap<>(Country.class)).merge(r.country(), v, Long::sum);
                flagsByPeriod.computeIfAbsent(p, x -> new EnumMap<>(Country.class)).merge(r.country(), f, Flags::and);
            }
            if (p.kind() == period.kind()) {
                if (ytd.contains(p)) {
                    ytdSum += v;
                    ytdFlags = ytdFlags.and(f);
                } else if (ytdEarlier.contains(p)) {
                    ytdEarlierSum += v;
                    ytdEarlierFlags = ytdEarlierFlags.and(f);
                    ytdEarlierSeen = true;
                }
            }
        }
        Map<Country, Long> current = byPeriod.getOrDefault(period, Map.of());
        Map<Country, Long> prev = byPeriod.get(previous);
        Map<Country, Long> early = byPeriod.get(yearEarlier);
        Map<Country, Flags> currentFlags = flagsByPeriod.getOrDefault(period, Map.of());
        Map<Country, Flags> prevFlags = flagsByPeriod.getOrDefault(previous, Map.of());
        Map<Country, Flags> earlyFlags = flagsByPeriod.getOrDefault(yearEarlier, Map.of());
        long total = current.values().stream().mapToLong(Long::longValue).sum();
        Flags totalFlags = union(currentFlags);

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
            Flags f = currentFlags.getOrDefault(c, Flags.NONE);
            figures.put(c, new StateFigure(c, v, f,
                    new Change(v, lookup(prev, c), previous, f.and(prevFlags.getOrDefault(c, Flags.NONE))),
                    new Change(v, lookup(early, c), yearEarlier, f.and(earlyFlags.getOrDefault(c, Flags.NONE))),
                    total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) v / total),
                    f.and(totalFlags), ranks.get(c)));
        }
        return new MetricSummary(key, period, total, totalFlags,
                new Change(total, sum(prev), previous, totalFlags.and(union(prevFlags))),
                new Change(total, sum(early), yearEarlier, totalFlags.and(union(earlyFlags))),
                ytdSum, ytdFlags,
                new Change(ytdSum, ytdEarlierSeen ? OptionalLong.of(ytdEarlierSum) : OptionalLong.empty(), ytdEarlier,
                        ytdFlags.and(ytdEarlierFlags)),
                order.stream().map(figures::get).toList(),
                byValue.stream().map(figures::get).toList());
    }

    private static Flags union(Map<Country, Flags> flags) {
        Flags all = Flags.NONE;
        for (Flags f : flags.values()) {
            all = all.and(f);
        }
        return all;
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
