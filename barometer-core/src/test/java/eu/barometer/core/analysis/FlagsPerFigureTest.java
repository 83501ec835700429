package eu.barometer.core.analysis;

import eu.barometer.core.Barometer;
import eu.barometer.core.model.Edition;
import eu.barometer.core.model.EurojustSupport;
import eu.barometer.core.model.FinancialInvestigation;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A flag marks one figure; totals, year-to-date sums, shares and changes carry the flags of what they include. */
class FlagsPerFigureTest {

    @TempDir
    Path tmp;

    private EditionAnalysis analysis() throws Exception {
        Path b = Samples.copy("2023-Q3", tmp.resolve("b"));
        // Greece's 18 p (provisional) is in the sample; make France's new cases and one frozen amount estimated.
        Samples.replace(b.resolve("eurojust.csv"), "FR;2023-Q3;9;30;", "FR;2023-Q3;9 e;30;");
        Edition e = Barometer.load(b);
        FinancialInvestigation first = e.financialInvestigations().rows().stream()
                .filter(r -> r.period().equals(e.info().period())).findFirst().orElseThrow();
        String line = java.nio.file.Files.readAllLines(b.resolve("financial-investigations.csv")).get(first.line() - 1);
        String[] f = line.split(",", -1);
        f[3] = f[3] + " e";
        Samples.replace(b.resolve("financial-investigations.csv"), line, String.join(",", f));
        return EditionAnalysis.of(Barometer.load(b));
    }

    @Test
    void aFlagMarksOneFigureNotItsRow() throws Exception {
        Edition e = analysis().edition();
        EurojustSupport el = e.eurojust().rows().stream()
                .filter(r -> r.country() == Country.EL && r.period().equals(e.info().period())).findFirst().orElseThrow();
        assertEquals(Flags.PROVISIONAL, el.flags().of(EurojustSupport.NEW_CASES));
        assertEquals(Flags.NONE, el.flags().of(EurojustSupport.ONGOING_CASES));
        assertEquals(Flags.NONE, el.flags().of(EurojustSupport.COORDINATION_MEETINGS));
    }

    @Test
    void totalsYearToDateSharesAndChangesCarryEveryFlagTheyInclude() throws Exception {
        MetricGroup g = analysis().eurojust().orElseThrow();
        MetricSummary newCases = g.metric("new_cases");
        assertEquals(Flags.BOTH, newCases.flags(), "18 p and 9 e: provisional and estimated, not 'estimated wins'");
        assertEquals(Flags.BOTH, newCases.yearToDateFlags());
        assertEquals(Flags.BOTH, newCases.vsYearEarlier().flags());
        assertEquals(Flags.BOTH, newCases.yearToDateVsYearEarlier().flags());
        assertEquals(Flags.NONE, g.metric("ongoing_cases").flags(), "Greece's other figures are not provisional");
        assertEquals(Flags.NONE, g.metric("ongoing_cases").yearToDateFlags());
        StateFigure de = newCases.states().stream().filter(s -> s.country() == Country.DE).findFirst().orElseThrow();
        assertEquals(Flags.NONE, de.flags());
        assertEquals(Flags.BOTH, de.shareFlags(), "a share of a flagged total");
        StateFigure fr = newCases.states().stream().filter(s -> s.country() == Country.FR).findFirst().orElseThrow();
        assertEquals(Flags.ESTIMATED, fr.flags());
        assertEquals(Flags.ESTIMATED, fr.vsYearEarlier().flags());
    }

    @Test
    void financialTotalsKeepTheirFlags() throws Exception {
        MetricGroup g = analysis().financial().orElseThrow();
        // The sample flags five rows of 2023-Q3 provisional in its flag column: every figure of those rows.
        assertEquals(Flags.BOTH, g.metric("assets_frozen_eur").flags(), "one amount estimated besides the provisional rows");
        assertEquals(Flags.BOTH, g.metric("assets_frozen_eur").yearToDateFlags());
        assertEquals(Flags.PROVISIONAL, g.metric("assets_confiscated_eur").flags());
        assertEquals(Flags.PROVISIONAL, g.metric("investigations_opened").flags());
    }

    @Test
    void empactTotalsCarryTheFlagsOfTheirThreeFigures() throws Exception {
        Path b = Samples.copy("2023-Q3", tmp.resolve("e"));
        String line = java.nio.file.Files.readAllLines(b.resolve("empact.csv")).stream()
                .filter(l -> l.contains("2023-Q3")).findFirst().orElseThrow();
        String[] f = line.split(",", -1);
        f[4] = f[4] + " e";
        Samples.replace(b.resolve("empact.csv"), line, String.join(",", f));
        MetricGroup g = EditionAnalysis.of(Barometer.load(b)).empact().orElseThrow();
        assertEquals(Flags.ESTIMATED, g.metric("actions_co_led").flags());
        assertEquals(Flags.NONE, g.metric("actions_led").flags());
        assertEquals(Flags.ESTIMATED, g.metric("total").flags());
    }
}
