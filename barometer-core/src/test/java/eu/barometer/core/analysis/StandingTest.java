package eu.barometer.core.analysis;

import eu.barometer.core.model.Period;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Highest since" / "lowest since" on editions built from the real Frontex series. */
class StandingTest {

    private static CrossingsAnalysis upTo(YearMonth last, Period period) throws Exception {
        return CrossingsAnalysis.of(FrontexSeries.rows(YearMonth.of(2009, 1), last), period);
    }

    @Test
    void januaryToAugust2023IsTheHighestSince2016() throws Exception {
        // The seed note: January–August 2023, 232 350 (preliminary), +18 %, the most since 2016.
        // The revised series gives 230 878 against 192 001 (+20 %); 2016 had 418 190.
        CrossingsAnalysis c = upTo(YearMonth.of(2023, 8), Period.month(YearMonth.of(2023, 8)));
        assertEquals(230_878, c.yearToDate().current());
        assertEquals(OptionalLong.of(192_001), c.yearToDate().base());
        Standing s = c.ytdStanding().orElseThrow();
        assertEquals(Standing.Extreme.HIGHEST, s.extreme());
        assertEquals(2016, s.sinceYear());
    }

    @Test
    void aFallIsTheLowestSinceAnEarlierLowNeverAHigh() throws Exception {
        // January–June 2024: 95 293, down from 116 366; 2021 had 62 644, lower.
        CrossingsAnalysis q2 = upTo(YearMonth.of(2024, 6), Period.quarter(2024, 2));
        assertEquals(95_293, q2.yearToDate().current());
        Standing s = q2.ytdStanding().orElseThrow();
        assertEquals(Standing.Extreme.LOWEST, s.extreme());
        assertEquals(2021, s.sinceYear());
        // January–March 2025: 35 104, down from 48 883 (−28 %); 2021 had 26 194.
        Standing q1 = upTo(YearMonth.of(2025, 3), Period.quarter(2025, 1)).ytdStanding().orElseThrow();
        assertEquals(Standing.Extreme.LOWEST, q1.extreme());
        assertEquals(2021, q1.sinceYear());
        assertEquals(35_104, q1.value());
    }

    @Test
    void aSeriesOfTwoYearsSupportsNoClaim() throws Exception {
        CrossingsAnalysis c = CrossingsAnalysis.of(FrontexSeries.rows(YearMonth.of(2022, 1), YearMonth.of(2023, 9)),
                Period.quarter(2023, 3));
        assertEquals(285_506, c.yearToDate().current());
        assertTrue(c.ytdStanding().isEmpty(), "the highest of two years is no record");
    }

    @Test
    void aSeriesThatEndsBeforeTheEditionGivesTheLatestQuarterAvailable() throws Exception {
        CrossingsAnalysis c = upTo(YearMonth.of(2023, 6), Period.quarter(2023, 3));
        assertTrue(c.isStale());
        assertEquals(Period.quarter(2023, 2), c.period());
        assertEquals(Period.quarter(2023, 3), c.editionPeriod());
        assertEquals(new Period(YearMonth.of(2023, 1), YearMonth.of(2023, 6)), c.yearToDate().basePeriod().shift(12));
    }
}
