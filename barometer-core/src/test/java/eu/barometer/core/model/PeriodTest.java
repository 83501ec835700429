package eu.barometer.core.model;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeriodTest {

    @Test
    void parsesEveryWrittenForm() {
        assertEquals(Period.quarter(2023, 3), Period.parse("2023-Q3").orElseThrow());
        assertEquals(Period.quarter(2023, 3), Period.parse(" 2023q3 ").orElseThrow());
        assertEquals(Period.month(YearMonth.of(2023, 7)), Period.parse("2023-07").orElseThrow());
        assertEquals(Period.month(YearMonth.of(2023, 7)), Period.parse("2023-07-01").orElseThrow());
        assertEquals(new Period(YearMonth.of(2023, 7), YearMonth.of(2023, 12)), Period.parse("2023-H2").orElseThrow());
        assertEquals(Period.year(2023), Period.parse("2023").orElseThrow());
        assertEquals(new Period(YearMonth.of(2022, 1), YearMonth.of(2023, 9)), Period.parse("2022-01..2023-09").orElseThrow());
    }

    @Test
    void rejectsWhatIsNotAPeriod() {
        for (String s : new String[] {"2023-Q5", "2023-13", "23-07", "Q3", "2023-09..2023-01", ""}) {
            assertEquals(Optional.empty(), Period.parse(s), s);
        }
    }

    @Test
    void writesCanonicalFormsAndShifts() {
        Period q3 = Period.quarter(2023, 3);
        assertEquals("2023-Q3", q3.toString());
        assertEquals("2023-Q2", q3.previous().toString());
        assertEquals("2022-Q3", q3.yearEarlier().toString());
        assertEquals("2023-01..2023-09", q3.yearToDate().toString());
        assertEquals("2022-Q4", Period.quarter(2023, 1).previous().toString());
        assertEquals(3, q3.months());
    }
}
