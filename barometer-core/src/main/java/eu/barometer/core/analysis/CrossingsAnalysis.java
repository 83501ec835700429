package eu.barometer.core.analysis;

import eu.barometer.core.model.BorderCrossing;
import eu.barometer.core.model.Period;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.Route;

import java.time.YearMonth;
import java.util.ArrayList;
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
 *
 * @param period          the reporting period
 * @param total           detections on all routes in the period
 * @param flag            the strongest flag of the months summed
 * @param vsPrevious      compared with the previous period
 * @param vsYearEarlier   compared with the same period a year earlier
 * @param yearToDate      January to the period's end, compared with the same months a year earlier
 * @param ytdHighestSince where the year-to-date total stands among the same months of earlier years
 * @param routes          routes with detections, largest first
 * @param months          every month of the series, oldest first
 * @param monthlyByRoute  detections per route per month (route totals; nationality rows summed where no total was given)
 * @param monthlyTotal    detections on all routes per month
 * @since 0.1
 */
public record CrossingsAnalysis(Period period, long total, Flag flag, Change vsPrevious, Change vsYearEarlier,
                                Change yearToDate, Optional<HighestSince> ytdHighestSince, List<RouteFigure> routes,
                                List<YearMonth> months, Map<Route, SortedMap<Period, Long>> monthlyByRoute,
                                SortedMap<Period, Long> monthlyTotal) {

    /** Analyses the rows for a reporting period. */
    public static CrossingsAnalysis of(List<BorderCrossing> rows, Period period) {
        Map<Route, SortedMap<Period, Long>> totals = new EnumMap<>(Route.class);
        Map<Route, SortedMap<Period, Long>> byNationality = new EnumMap<>(Route.class);
        Map<Route, Flag> flags = new EnumMap<>(Route.class);
        Flag flag = Flag.NONE;
        for (BorderCrossing b : rows) {
            Map<Route, SortedMap<Period, Long>> target = b.isTotal() ? totals : byNationality;
            target.computeIfAbsent(b.route(), r -> new TreeMap<>()).merge(Period.month(b.month()), b.detections(), Long::sum);
            if (period.contains(b.month())) {
                flags.merge(b.route(), b.flag(), Flag::and);
                flag = flag.and(b.flag());
            }
        }
        Map<Route, SortedMap<Period, Long>> monthly = new EnumMap<>(Route.class);
        for (Route r : Route.values()) {
            SortedMap<Period, Long> m = new TreeMap<>();
            if (byNationality.containsKey(r)) {
                m.putAll(byNationality.get(r));
            }
            if (totals.containsKey(r)) {
                m.putAll(totals.get(r));
            }
            if (!m.isEmpty()) {
                monthly.put(r, java.util.Collections.unmodifiableSortedMap(m));
            }
        }
        SortedMap<Period, Long> all = new TreeMap<>();
        monthly.values().forEach(m -> m.forEach((p, v) -> all.merge(p, v, Long::sum)));

        long total = Series.sum(all, period).orElse(0L);
        Period ytd = period.yearToDate();
        Change yearToDate = new Change(Series.sum(all, ytd).orElse(0L), optional(Series.sum(all, ytd.yearEarlier())),
                ytd.yearEarlier());
        SortedMap<Period, Long> ytdByYear = Series.yearToDateByYear(all, period);
        Optional<HighestSince> highest = ytdByYear.containsKey(ytd) ? Optional.of(Series.highestSince(ytdByYear, ytd))
                : Optional.empty();

        List<RouteFigure> routes = new ArrayList<>();
        for (Map.Entry<Route, SortedMap<Period, Long>> e : monthly.entrySet()) {
            SortedMap<Period, Long> m = e.getValue();
            long v = Series.sum(m, period).orElse(0L);
            routes.add(new RouteFigure(e.getKey(), v, flags.getOrDefault(e.getKey(), Flag.NONE),
                    new Change(v, optional(Series.sum(m, period.previous())), period.previous()),
                    new Change(v, optional(Series.sum(m, period.yearEarlier())), period.yearEarlier()),
                    new Change(Series.sum(m, ytd).orElse(0L), optional(Series.sum(m, ytd.yearEarlier())), ytd.yearEarlier()),
                    total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) v / total)));
        }
        routes.sort((a, b) -> a.value() != b.value() ? Long.compare(b.value(), a.value())
                : a.route().compareTo(b.route()));
        List<YearMonth> months = all.keySet().stream().map(Period::start).toList();
        return new CrossingsAnalysis(period, total, flag,
                new Change(total, optional(Series.sum(all, period.previous())), period.previous()),
                new Change(total, optional(Series.sum(all, period.yearEarlier())), period.yearEarlier()),
                yearToDate, highest, List.copyOf(routes), months, java.util.Collections.unmodifiableMap(monthly),
                java.util.Collections.unmodifiableSortedMap(all));
    }

    private static OptionalLong optional(Optional<Long> v) {
        return v.map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
