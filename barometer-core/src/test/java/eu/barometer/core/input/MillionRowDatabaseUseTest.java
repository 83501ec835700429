package eu.barometer.core.input;

import eu.barometer.core.Barometer;
import eu.barometer.core.Validation;
import eu.barometer.core.problem.InputProblem;
import eu.barometer.core.problem.Location;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.problem.Severity;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A database-use file of a million rows is checked in full: its problems are found at their lines. */
class MillionRowDatabaseUseTest {

    private static final int ROWS = 1_000_000;
    /** States in the Schengen area and SIS throughout 2010-2023, so that no row draws a membership warning. */
    private static final String[] COUNTRIES = {"BE", "DK", "DE", "EL", "ES", "FR", "IT", "LU", "NL", "AT", "PT", "FI",
            "SE", "IS", "NO"};
    private static final int TOO_MANY_HITS_LINE = 700_003;

    @TempDir
    Path tmp;

    /**
     * Writes a bundle whose database-use.csv has one row per country, system, measure and period
     * (periods are ranges of months from 2010 on, so that a million keys are distinct), then one
     * row repeating the first. The hits on {@link #TOO_MANY_HITS_LINE} are above their searches,
     * which are on the line before.
     */
    private Path bundle() throws IOException {
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(b.resolve("edition.properties"), String.join("\n", "edition.id=big", "edition.period=2023-Q3",
                "edition.reference-date=2023-10-11", "edition.languages=en", "edition.window=2010-01..2023-09",
                "document.number=1/23", "document.date=2023-10-11", "document.marking=LIMITE", ""));
        try (BufferedWriter w = Files.newBufferedWriter(b.resolve("database-use.csv"), StandardCharsets.UTF_8)) {
            w.write("country,system,measure,period,value,flag\n");
            int n = 0;
            YearMonth first = YearMonth.of(2010, 1);
            outer:
            for (int start = 0; ; start++) {
                for (int end = start; end < 165; end++) {
                    String period = first.plusMonths(start) + ".." + first.plusMonths(end);
                    for (String c : COUNTRIES) {
                        for (InformationSystem s : InformationSystem.values()) {
                            for (Measure m : Measure.values()) {
                                int line = n + 2;
                                long value = line == TOO_MANY_HITS_LINE ? 5_000_000
                                        : m == Measure.HITS ? n % 1000 : 1_000_000 + n;
                                w.write(c + "," + s.code() + "," + m.code() + "," + period + "," + value + ",\n");
                                if (++n == ROWS) {
                                    break outer;
                                }
                            }
                        }
                    }
                }
            }
            w.write("BE,SIS,searches,2010-01,7,\n");
        }
        return b;
    }

    @Test
    void problemsAmongAMillionRowsAreReportedAtTheirLinesNamingTheRowsTheyClashWith() throws IOException {
        Validation v = Barometer.validate(bundle());
        List<InputProblem> problems = v.problems();
        assertEquals(2, problems.size(), () -> problems.toString());
        InputProblem implausible = problems.get(0);
        assertEquals(new Location("database-use.csv", TOO_MANY_HITS_LINE, 5), implausible.location());
        assertEquals(Severity.WARNING, implausible.severity());
        assertEquals(ProblemCode.IMPLAUSIBLE_VALUE, implausible.code());
        assertEquals(implausible.message().substring(0, implausible.message().indexOf(" searches for ")),
                "5000000 " + hitsSystem() + " hits but only " + (1_000_000 + TOO_MANY_HITS_LINE - 3));
        assertEquals(true, implausible.message().endsWith("(searches at database-use.csv:" + (TOO_MANY_HITS_LINE - 1)
                + ":5); expected hits ≤ searches"), implausible.message());
        InputProblem duplicate = problems.get(1);
        assertEquals(new Location("database-use.csv", ROWS + 2, 5), duplicate.location());
        assertEquals(Severity.ERROR, duplicate.severity());
        assertEquals(ProblemCode.DUPLICATE_KEY, duplicate.code());
        assertEquals("duplicate row for BE SIS searches 2010-01 (first at database-use.csv:2:5); expected one row per key",
                duplicate.message());
    }

    /** The system of the row on {@link #TOO_MANY_HITS_LINE}, which must be a hits row. */
    private static String hitsSystem() {
        int n = TOO_MANY_HITS_LINE - 2;
        int measures = Measure.values().length;
        if (Measure.values()[n % measures] != Measure.HITS) {
            throw new IllegalStateException("line " + TOO_MANY_HITS_LINE + " is not a hits row");
        }
        return InformationSystem.values()[(n / measures) % InformationSystem.values().length].code();
    }
}
