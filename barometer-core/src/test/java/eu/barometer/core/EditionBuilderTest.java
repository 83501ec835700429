package eu.barometer.core;

import eu.barometer.core.model.EditionInfo;
import eu.barometer.core.model.EurojustSupport;
import eu.barometer.core.model.Period;
import eu.barometer.core.problem.InputProblem;
import eu.barometer.core.reference.Country;
import eu.barometer.core.model.FigureFlags;
import eu.barometer.core.reference.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditionBuilderTest {

    private static final EditionInfo INFO = new EditionInfo("2023-Q3", Period.quarter(2023, 3), LocalDate.of(2023, 10, 11),
            List.of(Language.EN), EditionInfo.defaultWindow(Period.quarter(2023, 3)));

    @Test
    void buildsAnEditionFromOwnObjects() throws Exception {
        var e = Barometer.builder(INFO)
                .eurojust(List.of(new EurojustSupport(Country.EL, Period.quarter(2023, 3), 31, 60, 2, 5, 3, FigureFlags.NONE, 1)),
                        "Eurojust", LocalDate.of(2023, 10, 1))
                .build();
        assertTrue(e.eurojust().isReceived());
        assertEquals("Eurojust", e.eurojust().source().orElseThrow().provider());
        assertTrue(!e.databaseUse().isReceived());
    }

    @Test
    void appliesTheSameChecksAndNamesDatasetAndRecord() {
        var b = Barometer.builder(INFO).eurojust(List.of(
                new EurojustSupport(Country.EL, Period.quarter(2023, 3), 31, 60, 2, 5, 3, FigureFlags.NONE, 1),
                new EurojustSupport(Country.IT, Period.quarter(2023, 3), -4, 60, 2, 5, 3, FigureFlags.NONE, 2),
                new EurojustSupport(Country.EL, Period.quarter(2023, 3), 1, 60, 2, 5, 3, FigureFlags.NONE, 3)), "Eurojust", null);
        InvalidInputException e = assertThrows(InvalidInputException.class, b::build);
        assertEquals(List.of(
                "eurojust[2]: error: negative figure -4 in 'new_cases'; expected 0 or more [negative-value]",
                "eurojust[3]: error: duplicate row for EL 2023-Q3 (first at eurojust[1]); expected one row per key [duplicate-key]"),
                e.problems().stream().map(InputProblem::toString).toList());
        assertTrue(e.getMessage().startsWith("2 errors in the inputs"), e.getMessage());
    }
}
