package eu.barometer.core.validation;

import eu.barometer.core.Barometer;
import eu.barometer.core.Validation;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.model.Period;
import eu.barometer.core.problem.InputProblem;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.problem.Severity;
import eu.barometer.core.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaleDataTest {

    @TempDir
    Path tmp;

    private static List<InputProblem> stale(Validation v) {
        return v.problems().stream().filter(p -> p.code() == ProblemCode.STALE_DATA).toList();
    }

    @Test
    void theSamplesAreCurrent() {
        assertTrue(stale(Barometer.validate(Samples.bundle("2023-Q3"))).isEmpty());
    }

    @Test
    void aDatasetWhoseLatestPeriodEndsBeforeTheEditionIsAWarningAtItsLatestRow() throws Exception {
        Path b = Samples.copy("2023-Q3", tmp.resolve("b"));
        Path eurojust = b.resolve("eurojust.csv");
        List<String> lines = Files.readAllLines(eurojust);
        Files.write(eurojust, lines.stream().filter(l -> !l.contains(";2023-Q3;")).collect(Collectors.toList()));
        int lastQ2 = 0;
        List<String> kept = Files.readAllLines(eurojust);
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).contains(";2023-Q2;")) {
                lastQ2 = i + 1;
                break;
            }
        }
        Validation v = Barometer.validate(b);
        List<InputProblem> s = stale(v);
        assertEquals(1, s.size(), s.toString());
        assertEquals(Severity.WARNING, s.get(0).severity());
        assertEquals("eurojust.csv:" + lastQ2 + ":2", s.get(0).location().toString());
        assertEquals("the latest period of eurojust.csv is 2023-Q2, before the edition's period 2023-Q3; the edition shows"
                + " these figures as the latest available (expected figures up to 2023-09)", s.get(0).message());
        EditionAnalysis a = EditionAnalysis.of(v.orThrow());
        assertTrue(a.eurojust().orElseThrow().isStale());
        assertEquals(Period.quarter(2023, 2), a.eurojust().orElseThrow().period());
        assertFalse(a.empact().orElseThrow().isStale());
    }

    @Test
    void borderCrossingsEndingInJuneAreStaleForAThirdQuarterEdition() throws Exception {
        Path b = Samples.copy("2023-Q3", tmp.resolve("c"));
        Path crossings = b.resolve("border-crossings.csv");
        List<String> lines = Files.readAllLines(crossings);
        Files.write(crossings, lines.stream().filter(l -> !l.matches("[^,]*,2023-0[789],.*")).collect(Collectors.toList()));
        List<InputProblem> s = stale(Barometer.validate(b));
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).message().startsWith("the latest period of border-crossings.csv is 2023-06,"), s.get(0).message());
        assertTrue(s.get(0).location().toString().matches("border-crossings\\.csv:\\d+:2"), s.get(0).location().toString());
    }
}
