package eu.barometer.core.analysis;

import eu.barometer.core.Barometer;
import eu.barometer.core.model.BorderCrossing;
import eu.barometer.core.model.Edition;
import eu.barometer.core.model.EditionInfo;
import eu.barometer.core.model.Period;
import eu.barometer.core.reference.Country;
import eu.barometer.core.model.FigureFlags;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Route;
import eu.barometer.core.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Derived figures against values computed by hand from the inputs. */
class EditionAnalysisTest {

    static EditionAnalysis q3;

    @BeforeAll
    static void load() throws Exception {
        q3 = EditionAnalysis.of(Barometer.load(Samples.bundle("2023-Q3")));
    }

    @Test
    void crossingsTotalsAndChangesMatchTheFrontexSeries() {
        CrossingsAnalysis c = q3.crossings().orElseThrow();
        // Frontex, Jul–Sep 2023 = 151,360; Apr–Jun 2023 = 78,482; Jul–Sep 2022 = 117,382.
        assertEquals(151_360, c.total());
        assertEquals(OptionalLong.of(78_482), c.vsPrevious().base());
        assertEquals(OptionalLong.of(151_360 - 117_382), c.vsYearEarlier().difference());
        assertEquals((151_360 - 117_382) / 117_382.0, c.vsYearEarlier().ratio().getAsDouble(), 1e-12);
        // Jan–Sep 2023 = 285,506 against 233,748 a year earlier (+22 %).
        assertEquals(285_506, c.yearToDate().current());
        assertEquals(OptionalLong.of(233_748), c.yearToDate().base());
        assertEquals(Flags.PROVISIONAL, c.flags(), "September 2023 is provisional on every route");
    }

    @Test
    void centralMediterraneanLeadsTheRoutesWithItsShare() {
        RouteFigure top = q3.crossings().orElseThrow().routes().get(0);
        assertEquals(Route.CENTRAL_MEDITERRANEAN, top.route());
        assertEquals(68_421, top.value());
        assertEquals(OptionalLong.of(44_409), top.vsYearEarlier().base());
        assertEquals(68_421 / 151_360.0, top.share().getAsDouble(), 1e-12);
    }

    @Test
    void yearToDateIsTheHighestSince2016OnTheFullFrontexSeries() throws IOException {
        List<BorderCrossing> rows = new ArrayList<>();
        List<String> lines;
        try (var in = EditionAnalysisTest.class.getResourceAsStream("/frontex/frontex_ibc_monthly.csv")) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        int n = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            Route r = Route.vocabulary().lookup(f[0]).orElseThrow();
            YearMonth m = YearMonth.parse(f[1].substring(0, 7));
            if (!m.isAfter(YearMonth.of(2023, 9))) {
                rows.add(new BorderCrossing(r, m, Optional.empty(), Long.parseLong(f[2]), Flags.NONE, ++n));
            }
        }
        CrossingsAnalysis c = CrossingsAnalysis.of(rows, Period.quarter(2023, 3));
        Standing h = c.ytdStanding().orElseThrow();
        assertEquals(285_506, h.value());
        assertEquals(Standing.Extreme.HIGHEST, h.extreme());
        assertEquals(2016, h.sinceYear());
        assertFalse(h.isRecord());
        assertEquals(new Period(YearMonth.of(2016, 1), YearMonth.of(2016, 9)), h.since().orElseThrow());
    }

    @Test
    void aRecordOfTheWholeSeriesIsClaimedOnlyOverFiveEarlierYears() {
        var series = new java.util.TreeMap<Period, Long>();
        series.put(Period.year(2020), 5L);
        series.put(Period.year(2021), 9L);
        series.put(Period.year(2022), 7L);
        series.put(Period.year(2023), 10L);
        assertTrue(Series.standing(series, Period.year(2023)).isEmpty(), "three earlier years support no record");
        Standing fall = Series.standing(series, Period.year(2022)).orElseThrow();
        assertEquals(Standing.Extreme.LOWEST, fall.extreme(), "a fall to 7 after 9 is a low, never a high");
        assertEquals(2020, fall.sinceYear());
        series.put(Period.year(2018), 1L);
        series.put(Period.year(2019), 2L);
        Standing h = Series.standing(series, Period.year(2023)).orElseThrow();
        assertTrue(h.isRecord());
        assertEquals(Standing.Extreme.HIGHEST, h.extreme());
        assertEquals(2018, h.sinceYear());
    }

    @Test
    void eurojustTotalsRankingsAndSharesAreConsistent() throws Exception {
        Edition e = q3.edition();
        MetricGroup g = q3.eurojust().orElseThrow();
        assertEquals(Period.quarter(2023, 3), g.period());
        MetricSummary newCases = g.metric("new_cases");
        long expected = e.eurojust().rows().stream().filter(r -> r.period().equals(Period.quarter(2023, 3)))
                .mapToLong(r -> r.newCases()).sum();
        long previous = e.eurojust().rows().stream().filter(r -> r.period().equals(Period.quarter(2023, 2)))
                .mapToLong(r -> r.newCases()).sum();
        long ytd = e.eurojust().rows().stream().filter(r -> r.period().start().getYear() == 2023)
                .mapToLong(r -> r.newCases()).sum();
        assertEquals(expected, newCases.total());
        assertEquals(OptionalLong.of(previous), newCases.vsPrevious().base());
        assertEquals(ytd, newCases.yearToDate());
        assertEquals(Country.EL, newCases.ranking().get(0).country(), "Greece opens the most cases");
        assertEquals(1, newCases.ranking().get(0).rank());
        double shares = newCases.states().stream().mapToDouble(s -> s.share().orElse(0)).sum();
        assertEquals(1.0, shares, 1e-9);
        List<Country> order = newCases.states().stream().map(StateFigure::country).toList();
        List<Country> sorted = new ArrayList<>(order);
        sorted.sort(null);
        assertEquals(sorted, order, "states in protocol order");
    }

    @Test
    void equalFiguresShareARank() {
        List<eu.barometer.core.model.EurojustSupport> rows = List.of(
                new eu.barometer.core.model.EurojustSupport(Country.BE, Period.quarter(2023, 3), 5, 9, 0, 0, 0, FigureFlags.NONE, 1),
                new eu.barometer.core.model.EurojustSupport(Country.DE, Period.quarter(2023, 3), 5, 9, 0, 0, 0, FigureFlags.NONE, 2),
                new eu.barometer.core.model.EurojustSupport(Country.FR, Period.quarter(2023, 3), 2, 9, 0, 0, 0, FigureFlags.NONE, 3));
        MetricSummary m = Metrics.summarise("new_cases", rows, r -> true, r -> r.newCases(),
                r -> r.flags().of(0), Period.quarter(2023, 3));
        assertEquals(List.of(1, 1, 3), m.ranking().stream().map(StateFigure::rank).toList());
        assertTrue(m.vsPrevious().base().isEmpty(), "no rows for the previous period: no comparison, not zero");
    }

    @Test
    void deadlineStatusAtTheReferenceDate() {
        var counts = q3.actionCounts();
        assertEquals(q3.actions().size(), counts.values().stream().mapToLong(Long::longValue).sum());
        LocalDate ref = LocalDate.of(2023, 10, 11);
        var action = new eu.barometer.core.model.Action("I.1", eu.barometer.core.reference.Pillar.I, List.of("Europol"), "x",
                ref.plusDays(30), eu.barometer.core.reference.ActionStatus.IN_PROGRESS, "", eu.barometer.core.reference.Flag.NONE, 1);
        assertEquals(DeadlineStatus.DUE_SOON, DeadlineStatus.of(action, ref));
        assertEquals(DeadlineStatus.ON_TRACK, DeadlineStatus.of(action, ref.minusDays(1)));
        assertEquals(DeadlineStatus.OVERDUE, DeadlineStatus.of(action, ref.plusDays(31)));
        assertEquals(DeadlineStatus.DUE_SOON, DeadlineStatus.of(action, ref.plusDays(30)), "due on the day itself");
        assertTrue(counts.get(DeadlineStatus.OVERDUE) >= 1 && counts.get(DeadlineStatus.DUE_SOON) >= 1
                && counts.get(DeadlineStatus.DONE) >= 1, counts.toString());
    }

    @Test
    void datasetNotReceivedHasNoAnalysis() throws Exception {
        EditionInfo info = new EditionInfo("T", Period.quarter(2023, 3), LocalDate.of(2023, 10, 11), List.of(Language.EN),
                EditionInfo.defaultWindow(Period.quarter(2023, 3)));
        EditionAnalysis a = EditionAnalysis.of(Barometer.builder(info).build());
        assertTrue(a.eurojust().isEmpty());
        assertTrue(a.crossings().isEmpty());
    }
}
