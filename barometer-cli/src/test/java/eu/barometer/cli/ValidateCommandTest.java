package eu.barometer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void acceptsTheSampleBundle() {
        Path bundle = Bundles.sample("2023-Q3");
        Cli.Result r = Cli.run("validate", bundle.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertEquals("0 errors, 0 warnings in " + bundle + "\n", r.out().replace("\r", ""));
    }

    @Test
    void listsEachProblemWithItsLocationBehindTheBundleFolder() {
        Path bundle = Bundles.broken(tmp);
        Cli.Result r = Cli.run("validate", bundle.toString());
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        assertEquals(bundle.resolve("eurojust.csv") + ":3:3: error: negative figure -4 in 'new_cases'; expected 0 or more\n"
                + "1 error, 0 warnings in " + bundle + "\n", r.out());
    }

    @Test
    void sortsProblemsByFileLineAndColumn() {
        Path bundle = Bundles.broken(tmp);
        Bundles.replaceLine(bundle.resolve("eurojust.csv"), 2, "BE;2022-Q1;3;x;0;1;0;");
        Bundles.replaceLine(bundle.resolve("database-use.csv"), 5, Bundles.lineOf(bundle.resolve("database-use.csv"), 5).replace(",SIS,", ",SISX,"));
        Cli.Result r = Cli.run("validate", bundle.toString());
        String[] lines = r.out().split("\n");
        assertEquals(4, lines.length, r::toString);
        assertTrue(lines[0].startsWith(bundle.resolve("database-use.csv") + ":5:2: error: unknown information system 'SISX'"), lines[0]);
        assertTrue(lines[1].startsWith(bundle.resolve("eurojust.csv") + ":2:4: error: "), lines[1]);
        assertTrue(lines[2].startsWith(bundle.resolve("eurojust.csv") + ":3:3: error: negative figure"), lines[2]);
        assertEquals("3 errors, 0 warnings in " + bundle, lines[3]);
    }

    @Test
    void countsWarningsWithoutFailing() {
        Path bundle = Bundles.copy("2023-Q3", tmp);
        Bundles.write(bundle.resolve("notes.csv"), "a;b\n");
        Cli.Result r = Cli.run("validate", bundle.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith(bundle.resolve("notes.csv") + ": warning: file is not part of a bundle"), r::toString);
        assertTrue(r.out().endsWith("0 errors, 1 warning in " + bundle + "\n"), r::toString);
    }

    @Test
    void aLanguageWithoutItsHeaderFieldsIsAWarningAndAnErrorWithStrict() throws Exception {
        Path bundle = Bundles.copy("2023-Q3", tmp);
        Path props = bundle.resolve("edition.properties");
        java.nio.file.Files.writeString(props, java.nio.file.Files.readString(props)
                .replace("edition.languages=en,sl,de,fr,bg,el", "edition.languages=en,sl,hu"));
        Cli.Result r = Cli.run("validate", bundle.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertTrue(r.out().contains(": warning: no hu text for document.from, although the edition is made in hu: the header shows"
                + " 'Presidency' in en, marked as untranslated; add document.from.hu=…"), r::toString);
        assertTrue(r.out().contains("edition.properties:"), r::toString);
        Cli.Result strict = Cli.run("validate", "--strict", bundle.toString());
        assertEquals(ExitCode.INVALID, strict.exitCode(), strict::toString);
        Cli.Result generate = Cli.run("generate", bundle.toString(), "--strict", "--format", "html", "--out", tmp.resolve("out").toString());
        assertEquals(ExitCode.INVALID, generate.exitCode(), generate::toString);
        assertTrue(generate.err().contains("--strict: warnings"), generate::toString);
    }

    @Test
    void printsProblemsAsAJsonArray() {
        Path bundle = Bundles.broken(tmp);
        Cli.Result r = Cli.run("validate", bundle.toString(), "--format", "json");
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        assertEquals("[\n  {\"file\": \"" + bundle.resolve("eurojust.csv") + "\", \"line\": 3, \"column\": 3, \"severity\": \"error\", "
                + "\"code\": \"negative-value\", \"message\": \"negative figure -4 in 'new_cases'; expected 0 or more\"}\n]\n", r.out());
    }

    @Test
    void printsAnEmptyJsonArrayForAValidBundle() {
        Cli.Result r = Cli.run("validate", "--format=JSON", Bundles.sample("2023-Q3").toString());
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertEquals("[]\n", r.out());
    }

    @Test
    void showsProblemCodesWhenVerbose() {
        Cli.Result r = Cli.run("validate", "--verbose", Bundles.broken(tmp).toString());
        assertTrue(r.out().contains("expected 0 or more [negative-value]\n"), r::toString);
    }

    @Test
    void reportsAMissingFolderAsInvalidInput() {
        Path missing = tmp.resolve("no-such-bundle");
        Cli.Result r = Cli.run("validate", missing.toString());
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith(missing + ": error: not a folder"), r::toString);
    }

    @Test
    void cutsTheListAtMaxProblems() {
        Path bundle = Bundles.broken(tmp);
        Bundles.replaceLine(bundle.resolve("eurojust.csv"), 2, "BE;2022-Q1;3;x;0;1;0;");
        Cli.Result r = Cli.run("validate", "--max-problems", "1", bundle.toString());
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        assertTrue(r.out().contains(bundle + ": error: stopped listing after 1 problems; 1 more not shown"), r::toString);
    }

    @Test
    void rejectsAMaxProblemsBelowOne() {
        Cli.Result r = Cli.run("validate", "--max-problems", "0", Bundles.sample("2023-Q3").toString());
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--max-problems must be at least 1, was 0"), r::toString);
    }

    @Test
    void rejectsAnUnknownOutputStyle() {
        Cli.Result r = Cli.run("validate", "--format", "xml", Bundles.sample("2023-Q3").toString());
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("xml"), r::toString);
    }
}
