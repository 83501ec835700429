package eu.barometer.core.analysis;

import eu.barometer.core.Barometer;
import eu.barometer.core.model.AsylumApplications;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.Edition;
import eu.barometer.core.model.EditionInfo;
import eu.barometer.core.model.FigureFlags;
import eu.barometer.core.model.InternalBorderControl;
import eu.barometer.core.model.Period;
import eu.barometer.core.reference.ControlReason;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.Language;
import eu.barometer.core.registry.DatasetTypes;
import eu.barometer.core.testing.Samples;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Derived figures of the asylum applications and the internal border controls. */
class AsylumAndBorderControlAnalysisTest {

    private static final EditionInfo INFO = new EditionInfo("2023-Q3", Period.quarter(2023, 3), LocalDate.of(2023, 10, 11),
            List.of(Language.EN), EditionInfo.defaultWindow(Period.quarter(2023, 3)));

    private static long sum(List<AsylumApplications> rows, Country c, Period p, boolean visaFree) {
        return rows.stream().filter(r -> r.country() == c && p.contains(r.period()))
                .mapToLong(r -> visaFree ? r.visaFreeApplicants() : r.firstTimeApplicants()).sum();
    }

    @Test
    void sumsTheMonthsIntoTheEditionsQuarterAndComparesWithTheSameQuarterAYearEarlier() throws Exception {
        Edition e = Barometer.load(Samples.bundle("2023-Q3"));
        EditionAnalysis a = EditionAnalysis.of(e);
        List<AsylumApplications> months = e.dataset(DatasetTypes.ASYLUM_APPLICATIONS).rows();
        MetricGroup g = a.group(DatasetKind.ASYLUM_APPLICATIONS).orElseThrow();
        assertEquals(Period.quarter(2023, 3), g.period());
        assertFalse(g.isStale());
        MetricSummary first = g.metric("first_time_applicants");
        StateFigure de = first.states().stream().filter(f -> f.country() == Country.DE).findFirst().orElseThrow();
        assertEquals(sum(months, Country.DE, Period.quarter(2023, 3), false), de.value());
        assertEquals(sum(months, Country.DE, Period.quarter(2022, 3), false), de.vsYearEarlier().base().getAsLong());
        assertEquals(1, first.ranking().get(0).rank());
        assertEquals(Country.DE, first.ranking().get(0).country(), "Germany receives the most applications");
        long all = months.stream().filter(r -> Period.quarter(2023, 3).contains(r.period()))
                .mapToLong(AsylumApplications::firstTimeApplicants).sum();
        assertEquals(all, first.total());
        long visaFree = months.stream().filter(r -> Period.quarter(2023, 3).contains(r.period()))
                .mapToLong(AsylumApplications::visaFreeApplicants).sum();
        TextFigures.Value share = TextFigures.value(a, "asylum-applications.visa-free-share").orElseThrow();
        assertEquals((double) visaFree / all, share.ratio(), 1e-12);
        assertTrue(share.flag().contains(Flag.PROVISIONAL), "September is provisional for three States");
        assertEquals(first.yearToDate(), sum(months, Country.DE, new Period(YearMonth.of(2023, 1), YearMonth.of(2023, 9)), false)
                + months.stream().filter(r -> r.country() != Country.DE && r.period().start().getYear() == 2023)
                .mapToLong(AsylumApplications::firstTimeApplicants).sum(), "year to date: January to September");
    }

    @Test
    void aStateWhoseQuarterLacksAMonthHasNoFigureForIt() throws Exception {
        FigureFlags none = FigureFlags.NONE;
        FigureFlags provisional = FigureFlags.all(Flags.PROVISIONAL, 2);
        List<AsylumApplications> rows = List.of(
                new AsylumApplications(Country.BE, Period.month(YearMonth.of(2023, 7)), 100, 10, none, 1),
                new AsylumApplications(Country.BE, Period.month(YearMonth.of(2023, 8)), 110, 11, none, 2),
                new AsylumApplications(Country.BE, Period.month(YearMonth.of(2023, 9)), 120, 12, provisional, 3),
                new AsylumApplications(Country.DE, Period.month(YearMonth.of(2023, 7)), 900, 50, none, 4),
                new AsylumApplications(Country.DE, Period.month(YearMonth.of(2023, 8)), 950, 60, none, 5));
        Edition e = Barometer.builder(INFO).dataset(DatasetTypes.ASYLUM_APPLICATIONS, rows, "Eurostat", null).build();
        MetricSummary s = EditionAnalysis.of(e).group(DatasetKind.ASYLUM_APPLICATIONS).orElseThrow().metric("first_time_applicants");
        assertEquals(List.of(Country.BE), s.states().stream().map(StateFigure::country).toList());
        assertEquals(330, s.total());
        assertTrue(s.flags().contains(Flag.PROVISIONAL), "the quarter carries September's flag");
    }

    @Test
    void countsTheControlsInForceOnTheReferenceDateByReason() throws Exception {
        Edition e = Barometer.load(Samples.bundle("2023-Q3"));
        BorderControls b = EditionAnalysis.of(e).detail(DatasetKind.INTERNAL_BORDER_CONTROLS, BorderControls.class).orElseThrow();
        assertEquals(LocalDate.of(2023, 10, 11), b.on());
        assertEquals(List.of(Country.CZ, Country.DK, Country.DE, Country.FR, Country.AT, Country.PL, Country.SK, Country.SE,
                Country.NO), b.states(), "protocol order");
        assertEquals(10, b.inForce().size());
        assertEquals(4L, b.inForceByReason().get(ControlReason.TERRORIST_THREAT));
        assertEquals(4L, b.inForceByReason().get(ControlReason.MIGRANT_SMUGGLING));
        assertEquals(0L, b.inForceByReason().get(ControlReason.OTHER));
        assertEquals(ControlReason.TERRORIST_THREAT, b.reasonsRanked().get(0));
        assertTrue(b.shown().stream().allMatch(c -> c.overlaps(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 9, 30))
                || c.inForceOn(b.on())), "only notifications of the period or in force");
        assertTrue(b.shown().stream().noneMatch(c -> c.end().equals(Optional.of(LocalDate.of(2023, 5, 11)))),
                "the notifications that ended in May are not shown");
        assertEquals(Optional.of(TextFigures.Value.class), TextFigures.value(EditionAnalysis.of(e), "internal-border-controls.in-force")
                .map(Object::getClass));
        assertEquals(10, TextFigures.value(EditionAnalysis.of(e), "internal-border-controls.in-force").orElseThrow().number());
    }

    @Test
    void controlsUntilFurtherNoticeAreInForceOnEveryLaterDay() throws Exception {
        List<InternalBorderControl> rows = List.of(new InternalBorderControl(Country.FR, LocalDate.of(2023, 5, 1), Optional.empty(),
                List.of(ControlReason.TERRORIST_THREAT), List.of(), Flag.NONE, 1));
        Edition e = Barometer.builder(INFO).dataset(DatasetTypes.INTERNAL_BORDER_CONTROLS, rows, "European Commission", null).build();
        BorderControls b = EditionAnalysis.of(e).detail(DatasetKind.INTERNAL_BORDER_CONTROLS, BorderControls.class).orElseThrow();
        assertEquals(List.of(Country.FR), b.states());
        assertEquals(Map.of(ControlReason.TERRORIST_THREAT, 1L), Map.of(ControlReason.TERRORIST_THREAT,
                b.inForceByReason().get(ControlReason.TERRORIST_THREAT)));
    }
}
