package eu.barometer.core.analysis;

import eu.barometer.core.model.BorderCrossing;
import eu.barometer.core.model.Period;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.Route;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Irregular border crossings in the reporting period: totals, changes, year-to-date, the routes
 * ranked, the monthly series of each route, and where the year-to-date total stands in the series.
 * Every figure carries the flags of the monthly figures it includes.
 *
 * @param period          the reporting period: the edition's period, or when the series ends before
 *                        it, the latest period of the same length the series covers (see {@link #isStale})
 * @param editionPeriod   the edition's period
 * @param total           detections on all routes in the period
 * @param flags           the flags of the monthly figures summed into {@code total}
 * @param vsPrevious      compared with the previous period
 * @param vsYearEarlier   compared with the same period a year earlier
 * @param yearToDate      January to the period's end, compared with the same months a year earlier
 * @param yearToDateFlags the flags of the monthly figures summed into the year-to-date total
 * @param ytdStanding     where the year-to-date total stands among the same months of earlier years, when the series supports a claim
 * @param routes          routes with detections, largest first
 * @param months          every month of the series, oldest first
 * @param monthlyByRoute  detections per route per month (route totals; nationality rows summed where no total was given)
 * @param monthlyFlags    the flags of each route's monthly figures, for the months that carry any
 * @param monthlyTotal    detections on all routes per month
 * @since 0.1
 */
public record CrossingsAnalysis(Period period, Period editionPeriod, long total, Flags flags, Change vsPrevious,
                                Change vsYearEarlier, Change yearToDate, Flags yearToDateFlags,
                                Optional<Standing> ytdStanding, List<RouteFigure> routes, List<YearMonth> months,
                                Map<Route, SortedMap<Period, Long>> monthlyByRoute,
                                Map<Route, SortedMap<Period, Flags>> monthlyFlags, SortedMap<Period, Long> monthlyTotal) {

    /** True if the series ends before the edition's period: the figures are the latest available, not current. */
    public boolean isStale() {
        return !period.equals(editionPeriod);
    }

    /** Analyses the rows for a reporting period. */
    public static CrossingsAnalysis of(List<BorderCrossing> rows, Period editionPeriod) {
        Map<Route, SortedMap<Period, Long>> totals = new EnumMap<>(Route.class);
        Map<Route, SortedMap<Period, Long>> byNationality = new EnumMap<>(Route.class);
        Map<Route, SortedMap<Period, Flags>> totalFlags = new EnumMap<>(Route.class);
        Map<Route, SortedMap<Period, Flags>> nationalityFlags = new EnumMap<>(Route.class);
        for (BorderCrossing b : rows) {
            Map<Route, SortedMap<Period, Long>> target = b.isTotal() ? totals : byNationality;
            Period month = Period.month(b.month());
            target.computeIfAbsent(b.route(), r -> new TreeMap<>()).merge(month, b.detections(), Long::sum);
            if (!b.flags().isEmpty()) {
                (b.isTotal() ? totalFlags : nationalityFlags).computeIfAbsent(b.route(), r -> new TreeMap<>())
                        .merge(month, b.flags(), Flags::and);
            }
        }
        Map<Route, SortedMap<Period, Long>> monthly = new EnumMap<>(Route.class);
        Map<Route, SortedMap<Period, Flags>> flagsByRoute = new EnumMap<>(Route.class);
        for (Route r : Route.values()) {
            SortedMap<Period, Long> m = new TreeMap<>();
            SortedMap<Period, Flags> f = new TreeMap<>();
            if (byNationality.containsKey(r)) {
                m.putAll(byNationality.get(r));
                f.putAll(nationalityFlags.getOrDefault(r, Collections.emptySortedMap()));
            }
            if (totals.containsKey(r)) {
                // a route total replaces the nationality rows of its month, flags included
                for (Period p : totals.get(r).keySet()) {
                    f.remove(p);
                }
                m.putAll(totals.get(r));
                f.putAll(totalFlags.getOrDefault(r, Collections.emptySortedMap()));
            }
            if (!m.isEmpty()) {
                monthly.put(r, Collections.unmodifiableSortedMap(m));
            }
            if (!f.isEmpty()) {
                flagsByRoute.put(r, Collections.unmodifiableSortedMap(f));
            }
        }
        SortedMap<Period, Long> all = new TreeMap<>();
        monthly.values().forEach(m -> m.forEach((p, v) -> all.merge(p, v, Long::sum)));
        SortedMap<Period, Flags> allFlags = new TreeMap<>();
        flagsByRoute.values().forEach(m -> m.forEach((p, v) -> allFlags.merge(p, v, Flags::and)));

        Period period = editionPeriod;
        if (!all.isEmpty()) {
            YearMonth last = all.lastKey().end();
            while (period.end().isAfter(last)) {
                period = period.shift(-period.months());
            }
        }
        long total = Series.sum(all, period).orElse(0L);
        Flags flags = flagsOf(allFlags, period);
        Period ytd = period.yearToDate();
        Flags ytdFlags = flagsOf(allFlags, ytd);
        Change yearToDate = new Change(Series.sum(all, ytd).orElse(0L), optional(Series.sum(all, ytd.yearEarlier())),
                ytd.yearEarlier(), ytdFlags.and(flagsOf(allFlags, ytd.yearEarlier())));
        SortedMap<Period, Long> ytdByYear = Series.yearToDateByYear(all, period);
        Optional<Standing> standing = ytdByYear.containsKey(ytd) ? Series.standing(ytdByYear, ytd) : Optional.empty();

        List<RouteFigure> routes = new ArrayList<>();
        for (Map.Entry<Route, SortedMap<Period, Long>> e : monthly.entrySet()) {
            SortedMap<Period, Long> m = e.getValue();
            SortedMap<Period, Flags> mf = flagsByRoute.getOrDefault(e.getKey(), Collections.emptySortedMap());
            long v = Series.sum(m, period).orElse(0L);
            Flags f = flagsOf(mf, period);
            routes.add(new RouteFigure(e.getKey(), v, f,
                    new Change(v, optional(Series.sum(m, period.previous())), period.previous(),
                            f.and(flagsOf(mf, period.previous()))),
                    new Change(v, optional(Series.sum(m, period.yearEarlier())), period.yearEarlier(),
                            f.and(flagsOf(mf, period.yearEarlier()))),
                    new Change(Series.sum(m, ytd).orElse(0L), optional(Series.sum(m, ytd.yearEarlier())), ytd.yearEarlier(),
                            flagsOf(mf, ytd).and(flagsOf(mf, ytd.yearEarlier()))),
                    total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) v / total), f.and(flags)));
        }
        routes.sort((a, b) -> a.value() != b.value() ? Long.compare(b.value(), a.value())
                : a.route().compareTo(b.route()));
        List<YearMonth> months = all.keySet().stream().map(Period::start).toList();
        return new CrossingsAnalysis(period, editionPeriod, total, flags,
                new Change(total, optional(Series.sum(all, period.previous())), period.previous(),
                        flags.and(flagsOf(allFlags, period.previous()))),
                new Change(total, optional(Series.sum(all, period.yearEarlier())), period.yearEarlier(),
                        flags.and(flagsOf(allFlags, period.yearEarlier()))),
                yearToDate, ytdFlags, standing, List.copyOf(routes), months, Collections.unmodifiableMap(monthly),
                Collections.unmodifiableMap(flagsByRoute), Collections.unmodifiableSortedMap(all));
    }

    /** The flags of the months of a period. */
    private static Flags flagsOf(SortedMap<Period, Flags> monthly, Period period) {
        Flags f = Flags.NONE;
        for (Flags x : monthly.subMap(Period.month(period.start()), Period.month(period.end().plusMonths(1))).values()) {
            f = f.and(x);
        }
        return f;
    }

    private static OptionalLong optional(Optional<Long> v) {
        return v.map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
