package eu.barometer.core.input;

import eu.barometer.core.Barometer;
import eu.barometer.core.Validation;
import eu.barometer.core.problem.InputProblem;
import eu.barometer.core.problem.Location;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.problem.Severity;
import eu.barometer.core.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per kind of input problem: each asserts the exact location, code, severity and message. */
class ValidationProblemsTest {

    @TempDir
    Path tmp;

    private Path bundle() {
        return Samples.copy("2023-Q3", tmp.resolve("b"));
    }

    private static final String DB_HEADER = "country,system,measure,period,value,flag\n";

    private static InputProblem only(Validation v, ProblemCode code) {
        List<InputProblem> found = v.problems().stream().filter(p -> p.code() == code).toList();
        assertEquals(1, found.size(), () -> "expected one " + code + " in " + v.problems());
        return found.get(0);
    }

    private static void assertProblem(InputProblem p, String file, int line, int column, Severity severity, String message) {
        assertEquals(new Location(file, line, column), p.location(), p.toString());
        assertEquals(severity, p.severity(), p.toString());
        assertEquals(message, p.message());
    }

    @Test
    void rejectsUnknownCountryAndSuggestsEl() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), DB_HEADER + "BE,SIS,searches,2023-Q3,10,\nGR,SIS,searches,2023-Q3,12,\n");
        Validation v = Barometer.validate(b);
        assertFalse(v.isValid());
        InputProblem p = only(v, ProblemCode.UNKNOWN_CODE);
        assertProblem(p, "database-use.csv", 3, 1, Severity.ERROR, "unknown country 'GR' (did you mean 'EL'?)");
        assertEquals("database-use.csv:3:1: error: unknown country 'GR' (did you mean 'EL'?) [unknown-code]", p.toString());
    }

    @Test
    void suggestsNearestInformationSystem() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), DB_HEADER + "BE,SIENNA,messages,2023-Q3,10,\n");
        InputProblem p = only(Barometer.validate(b), ProblemCode.UNKNOWN_CODE);
        assertProblem(p, "database-use.csv", 2, 2, Severity.ERROR, "unknown information system 'SIENNA' (did you mean 'SIENA'?)");
    }

    @Test
    void reportsMissingRequiredColumnAtTheHeader() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), "country,system,period,value\nBE,SIS,2023-Q3,10\n");
        InputProblem p = only(Barometer.validate(b), ProblemCode.MISSING_COLUMN);
        assertProblem(p, "database-use.csv", 1, 0, Severity.ERROR,
                "missing required column 'measure'; the header has country, system, period, value");
    }

    @Test
    void warnsAboutUnknownColumnWithSuggestion() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), "country,system,measure,period,value,remark\nBE,SIS,searches,2023-Q3,10,x\n");
        Validation v = Barometer.validate(b);
        assertTrue(v.isValid(), "an unknown column is only a warning");
        InputProblem p = only(v, ProblemCode.UNKNOWN_COLUMN);
        assertProblem(p, "database-use.csv", 1, 6, Severity.WARNING,
                "unknown column 'remark' is ignored; expected columns: country, system, measure, period, value, flag");
        assertEquals(List.of(p), v.edition().orElseThrow().warnings(), "the edition carries its warnings");
    }

    @Test
    void rejectsAColumnGivenTwiceUnderAnAlias() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), "country,system,measure,period,value,count\nBE,SIS,searches,2023-Q3,10,11\n");
        InputProblem p = only(Barometer.validate(b), ProblemCode.DUPLICATE_COLUMN);
        assertProblem(p, "database-use.csv", 1, 6, Severity.ERROR,
                "column 'value' appears again (first in column 5); expected each column once");
    }

    @Test
    void rejectsTextWhereANumberIsExpected() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), DB_HEADER + "BE,SIS,searches,2023-Q3,ten,\n");
        InputProblem p = only(Barometer.validate(b), ProblemCode.WRONG_TYPE);
        assertProblem(p, "database-use.csv", 2, 5, Severity.ERROR,
                "'ten' is not a number; expected a number such as 1234, 1 234 or 1,234.5 in 'value'");
    }

    @Test
    void rejectsFractionForACount() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), DB_HEADER + "BE,SIS,searches,2023-Q3,12.5,\n");
        InputProblem p = only(Barometer.validate(b), ProblemCode.WRONG_TYPE);
        assertProblem(p, "database-use.csv", 2, 5, Severity.ERROR,
                "'12.5' in 'value' is not a whole number; expected a count such as 1234");
    }

    @Test
    void rejectsNegativeHitCount() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), DB_HEADER + "BE,SIS,searches,2023-Q3,100,\nBE,SIS,hits,2023-Q3,-5,\n");
        InputProblem p = only(Barometer.validate(b), ProblemCode.NEGATIVE_VALUE);
        assertProblem(p, "database-use.csv", 3, 5, Severity.ERROR, "negative figure -5 in 'value'; expected 0 or more");
    }

    @Test
    void rejectsDuplicateKeyNamingTheFirstRow() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), DB_HEADER
                + "BE,SIS,searches,2023-Q3,100,\nDE,SIS,searches,2023-Q3,100,\nBE,SIS,searches,2023-Q3,101,\n");
        InputProblem p = only(Barometer.validate(b), ProblemCode.DUPLICATE_KEY);
        assertProblem(p, "database-use.csv", 4, 5, Severity.ERROR,
                "duplicate row for BE SIS searches 2023-Q3 (first at database-use.csv:2:5); expected one row per key");
    }

    @Test
    void rejectsPeriodOutsideTheEditionWindow() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), DB_HEADER + "BE,SIS,searches,2023-Q4,100,\n");
        InputProblem p = only(Barometer.validate(b), ProblemCode.PERIOD_OUTSIDE_WINDOW);
        assertProblem(p, "database-use.csv", 2, 4, Severity.ERROR,
                "period 2023-Q4 is outside the edition window 2022-01 to 2023-09; expected a period within it"
                        + " (set edition.window to widen it)");
    }

    @Test
    void warnsAboutSisFiguresFromAStateOutsideSchengenAndSis() {
        Path b = bundle();
        // Cyprus was connected to SIS only on 25 July 2023.
        Samples.write(b.resolve("database-use.csv"), DB_HEADER + "CY,SIS,searches,2022-Q3,100,\nCY,SIS,searches,2023-Q3,100,\n");
        Validation v = Barometer.validate(b);
        assertTrue(v.isValid());
        InputProblem p = only(v, ProblemCode.NOT_SCHENGEN_MEMBER);
        assertProblem(p, "database-use.csv", 2, 1, Severity.WARNING,
                "CY neither belonged to the Schengen area nor applied SIS in 2022-Q3; expected SIS figures only from states that did");
    }

    @Test
    void warnsWhenHitsExceedSearches() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), DB_HEADER + "BE,SIS,searches,2023-Q3,100,\nBE,SIS,hits,2023-Q3,150,\n");
        Validation v = Barometer.validate(b);
        assertTrue(v.isValid());
        InputProblem p = only(v, ProblemCode.IMPLAUSIBLE_VALUE);
        assertProblem(p, "database-use.csv", 3, 5, Severity.WARNING,
                "150 SIS hits but only 100 searches for BE in 2023-Q3 (searches at database-use.csv:2:5); expected hits ≤ searches");
    }

    @Test
    void warnsWhenMoreInvestigationsSharedThanOpened() {
        Path b = bundle();
        Samples.write(b.resolve("emsc-information-sharing.csv"),
                "country,period,contributions,investigations_opened,investigations_shared_at_start\nBE,2023-Q3,10,4,6\n");
        InputProblem p = only(Barometer.validate(b), ProblemCode.IMPLAUSIBLE_VALUE);
        assertProblem(p, "emsc-information-sharing.csv", 2, 5, Severity.WARNING,
                "6 investigations shared at their start but only 4 opened; expected at most the number opened");
    }

    @Test
    void reportsEmptyRequiredValue() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), DB_HEADER + "BE,,searches,2023-Q3,100,\n");
        InputProblem p = only(Barometer.validate(b), ProblemCode.MISSING_VALUE);
        assertProblem(p, "database-use.csv", 2, 2, Severity.ERROR, "empty 'system'; expected code, e.g. SIS");
    }

    @Test
    void reportsValueBeyondTheLastColumn() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), DB_HEADER + "BE,SIS,searches,2023-Q3,100,,oops\n");
        InputProblem p = only(Barometer.validate(b), ProblemCode.FIELD_COUNT);
        assertProblem(p, "database-use.csv", 2, 7, Severity.ERROR,
                "value 'oops' beyond the last column; expected at most 6 fields like the header (a delimiter inside a value must be quoted)");
    }

    @Test
    void reportsUnclosedQuote() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), DB_HEADER + "BE,SIS,searches,2023-Q3,100,\n\"DE,SIS,searches,2023-Q3,5,\n");
        InputProblem p = only(Barometer.validate(b), ProblemCode.CSV_SYNTAX);
        assertEquals(new Location("database-use.csv", 3, 0), p.location(), p.toString());
        assertTrue(p.message().startsWith("CSV syntax error starting here"), p.message());
    }

    @Test
    void reportsBytesInvalidInTheDeclaredEncoding() throws Exception {
        Path b = bundle();
        byte[] latin = (DB_HEADER + "BE,SIS,searches,2023-Q3,100,\nDE,SIS,searches,2023-Q3,5,caf\u00e9\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(b.resolve("database-use.csv"), latin);
        InputProblem p = only(Barometer.validate(b), ProblemCode.BAD_ENCODING);
        assertEquals("database-use.csv", p.location().source());
        assertEquals(3, p.location().line(), p.toString());
        assertTrue(p.message().contains("UTF-8") && p.message().contains("input.encoding"), p.message());
    }

    @Test
    void reportsMalformedEditionPropertiesWithLineAndColumn() {
        Path b = bundle();
        Samples.replace(b.resolve("edition.properties"), "edition.reference-date=2023-10-11", "edition.reference-date=11 Oct 2023");
        Validation v = Barometer.validate(b);
        InputProblem p = only(v, ProblemCode.BAD_EDITION_PROPERTY);
        assertEquals("edition.properties", p.location().source());
        assertEquals(24, p.location().column(), p.toString());
        assertEquals("'11 Oct 2023' is not a date; expected YYYY-MM-DD, e.g. 2023-10-11", p.message());
        assertFalse(v.isValid());
    }

    @Test
    void reportsLineWithoutKeyValueInEditionProperties() throws Exception {
        Path b = bundle();
        String text = Files.readString(b.resolve("edition.properties")) + "just some words\n";
        Samples.write(b.resolve("edition.properties"), text);
        int line = (int) text.lines().count();
        InputProblem p = only(Barometer.validate(b), ProblemCode.BAD_EDITION_PROPERTY);
        assertProblem(p, "edition.properties", line, 1, Severity.ERROR,
                "'just some words' is not a setting; expected key=value, e.g. edition.id=2023-Q3");
    }

    @Test
    void reportsMissingEditionProperties() throws Exception {
        Path b = bundle();
        Files.delete(b.resolve("edition.properties"));
        InputProblem p = only(Barometer.validate(b), ProblemCode.BAD_EDITION_PROPERTY);
        assertEquals(Location.of("edition.properties"), p.location());
        assertTrue(p.message().startsWith("missing; expected edition.properties"), p.message());
    }

    @Test
    void unknownMarkingIsAnErrorWithSuggestion() {
        Path b = bundle();
        Samples.replace(b.resolve("edition.properties"), "document.marking=LIMITE", "document.marking=LIMTE");
        InputProblem p = only(Barometer.validate(b), ProblemCode.BAD_EDITION_PROPERTY);
        assertEquals("unknown marking 'LIMTE' (did you mean 'LIMITE'?)", p.message());
    }

    @Test
    void warnsAboutAStrayFileWithItsLikelyName() {
        Path b = bundle();
        Samples.write(b.resolve("databse-use.csv"), DB_HEADER);
        InputProblem p = only(Barometer.validate(b), ProblemCode.UNKNOWN_FILE);
        assertProblem(p, "databse-use.csv", 0, 0, Severity.WARNING,
                "file is not part of a bundle and is ignored (did you mean 'database-use.csv'?)");
    }

    @Test
    void collectsEveryProblemOfAnInputTogether() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), DB_HEADER
                + "GR,SIS,searches,2023-Q3,10,\nBE,SIS,searches,2023-Q9,10,\nBE,SIS,hits,2023-Q3,x,\n");
        Samples.write(b.resolve("eurojust.csv"), "country,period,new_cases,ongoing_cases,new_jits,ongoing_jits,coordination_meetings\n"
                + "BE,2023-Q3,-1,3,0,0,0\n");
        Validation v = Barometer.validate(b);
        assertEquals(List.of(
                "database-use.csv:2:1: error: unknown country 'GR' (did you mean 'EL'?) [unknown-code]",
                "database-use.csv:3:4: error: '2023-Q9' in 'period' is not a period; expected a month (2023-07), quarter (2023-Q3),"
                        + " half-year (2023-H2) or year (2023) [wrong-type]",
                "database-use.csv:4:5: error: 'x' is not a number; expected a number such as 1234, 1 234 or 1,234.5 in 'value' [wrong-type]",
                "eurojust.csv:2:3: error: negative figure -1 in 'new_cases'; expected 0 or more [negative-value]"),
                v.problems().stream().map(Object::toString).toList());
    }

    @Test
    void capsTheProblemListAndSaysSo() {
        Path b = bundle();
        StringBuilder csv = new StringBuilder(DB_HEADER);
        for (int i = 0; i < 30; i++) {
            csv.append("XX,SIS,searches,2023-Q3,1,\n");
        }
        Samples.write(b.resolve("database-use.csv"), csv.toString());
        Validation v = Barometer.validate(b, LoadOptions.DEFAULT.withMaxProblems(10));
        assertEquals(11, v.problems().size());
        InputProblem last = v.problems().get(10);
        assertEquals(ProblemCode.TOO_MANY_PROBLEMS, last.code());
        assertEquals("stopped listing after 10 problems; 20 more not shown (raise the cap with maxProblems / --max-problems)",
                last.message());
    }

    @Test
    void missingDatasetIsNotReceivedNotZero() throws Exception {
        Path b = bundle();
        Files.delete(b.resolve("eurojust.csv"));
        Validation v = Barometer.validate(b);
        assertTrue(v.isValid());
        assertFalse(v.edition().orElseThrow().eurojust().isReceived());
        assertTrue(v.edition().orElseThrow().eurojust().source().isEmpty());
    }

    @Test
    void enforcesRowAndCellLimits() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), DB_HEADER + "BE,SIS,searches,2023-Q3,1,\nDE,SIS,searches,2023-Q3,1,\n"
                + "FR,SIS,searches,2023-Q3,1,\n");
        Validation v = Barometer.validate(b, LoadOptions.DEFAULT.withLimits(1 << 20, 2, 100));
        InputProblem p = v.problems().stream()
                .filter(x -> x.code() == ProblemCode.LIMIT_EXCEEDED && x.location().source().equals("database-use.csv"))
                .findFirst().orElseThrow();
        assertProblem(p, "database-use.csv", 4, 0, Severity.ERROR,
                "more than 2 rows; expected at most that many (raise the limit with maxRows)");
        Samples.write(b.resolve("database-use.csv"), DB_HEADER + "BE,SIS,searches,2023-Q3,1," + "x".repeat(300) + "\n");
        InputProblem tooLong = only(Barometer.validate(b, LoadOptions.DEFAULT.withLimits(1 << 20, 100_000, 250)),
                ProblemCode.VALUE_TOO_LONG);
        assertEquals(new Location("database-use.csv", 2, 6), tooLong.location());
    }
}
