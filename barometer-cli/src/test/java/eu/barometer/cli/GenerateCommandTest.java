package eu.barometer.cli;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.TemplateProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GenerateCommandTest {

    @TempDir
    Path tmp;

    private final Path sample = Bundles.sample("2023-Q3");

    private Cli.Result generate(FakeRenderers renderers, String... args) {
        return Cli.run(new GenerateCommand(renderers), args);
    }

    @Test
    void writesEveryFormatInEveryLanguageOfTheEdition() {
        Path out = tmp.resolve("out");
        FakeRenderers r = FakeRenderers.all();
        Cli.Result res = generate(r, sample.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, res.exitCode(), res::toString);
        List<String> expected = Set.of("en", "sl", "de", "fr", "bg", "el").stream()
                .flatMap(l -> Set.of("pdf", "docx", "xlsx", "html").stream().map(f -> "barometer-2023-Q3-" + l + "." + f))
                .sorted().toList();
        assertEquals(expected, Files2.names(out));
        assertEquals("pdf sl 2023-Q3\n", Files2.read(out.resolve("barometer-2023-Q3-sl.pdf")));
        assertTrue(res.out().contains("wrote " + out.resolve("barometer-2023-Q3-el.xlsx") + " ("), res::toString);
        assertTrue(res.out().contains("24 files, "), res::toString);
    }

    @Test
    void readsTheEditionOnceForAllFiles() {
        FakeRenderers r = FakeRenderers.all();
        generate(r, sample.toString(), "--out", tmp.toString());
        assertEquals(24, r.calls.size());
        assertEquals(1, r.calls.stream().map(c -> System.identityHashCode(c.edition())).distinct().count());
    }

    @Test
    void passesPdfAToTheRenderers() {
        FakeRenderers r = FakeRenderers.all();
        generate(r, sample.toString(), "-o", tmp.toString(), "--format", "pdf", "--lang", "en");
        generate(r, sample.toString(), "-o", tmp.toString(), "--format", "pdf", "--lang", "en", "--pdfa");
        assertEquals(List.of(false, true), r.calls.stream().map(c -> c.options().pdfA()).toList());
    }

    @Test
    void writesOnlyTheFormatsAndLanguagesAskedFor() {
        Cli.Result res = generate(FakeRenderers.all(), sample.toString(), "-o", tmp.toString(), "--format", "html,PDF", "--lang", "sl,en");
        assertEquals(ExitCode.OK, res.exitCode(), res::toString);
        assertEquals(List.of("barometer-2023-Q3-en.html", "barometer-2023-Q3-en.pdf", "barometer-2023-Q3-sl.html",
                "barometer-2023-Q3-sl.pdf"), Files2.names(tmp));
    }

    @Test
    void allMeansTheFormatsThisBuildHas() {
        FakeRenderers r = new FakeRenderers(EnumSet.of(OutputFormat.HTML, OutputFormat.PDF));
        Cli.Result res = generate(r, sample.toString(), "-o", tmp.toString(), "--format", "all", "--lang", "en");
        assertEquals(ExitCode.OK, res.exitCode(), res::toString);
        assertEquals(List.of("barometer-2023-Q3-en.html", "barometer-2023-Q3-en.pdf"), Files2.names(tmp));
    }

    @Test
    void rejectsAFormatThisBuildCannotWrite() {
        FakeRenderers r = new FakeRenderers(EnumSet.of(OutputFormat.HTML, OutputFormat.PDF));
        Cli.Result res = generate(r, sample.toString(), "-o", tmp.toString(), "--format", "docx");
        assertEquals(ExitCode.USAGE, res.exitCode(), res::toString);
        assertTrue(res.err().contains("This build cannot write docx yet; it can write pdf, html"), res::toString);
    }

    @Test
    void rejectsAnUnknownFormatOrLanguage() {
        Cli.Result f = generate(FakeRenderers.all(), sample.toString(), "-o", tmp.toString(), "--format", "odt");
        assertEquals(ExitCode.USAGE, f.exitCode(), f::toString);
        assertTrue(f.err().contains("Unknown format 'odt' for --format; expected pdf, docx, xlsx, html or all"), f::toString);
        Cli.Result l = generate(FakeRenderers.all(), sample.toString(), "-o", tmp.toString(), "--lang", "xx");
        assertEquals(ExitCode.USAGE, l.exitCode(), l::toString);
        assertTrue(l.err().contains("Unknown language 'xx' for --lang"), l::toString);
    }

    @Test
    void rejectsALanguageTheEditionIsNotPublishedIn() {
        Cli.Result res = generate(FakeRenderers.all(), sample.toString(), "-o", tmp.toString(), "--lang", "en,mt");
        assertEquals(ExitCode.USAGE, res.exitCode(), res::toString);
        assertTrue(res.err().contains("the edition 2023-Q3 is not published in mt; its languages are en, sl, de, fr, bg, el"), res::toString);
        assertEquals(List.of(), Files2.names(tmp));
    }

    @Test
    void reportsInputErrorsWithTheirLocationsAndWritesNothing() {
        Path bundle = Bundles.broken(tmp);
        Path out = tmp.resolve("out");
        Cli.Result res = generate(FakeRenderers.all(), bundle.toString(), "-o", out.toString());
        assertEquals(ExitCode.INVALID, res.exitCode(), res::toString);
        assertTrue(res.err().contains(bundle.resolve("eurojust.csv") + ":3:3: error: negative figure -4"), res::toString);
        assertTrue(res.err().contains("1 error, 0 warnings in " + bundle), res::toString);
        assertEquals(List.of(), Files2.names(out));
    }

    @Test
    void aTemplateErrorMidStreamKeepsThePreviousFileAndLeavesNoPartialFile() throws IOException {
        Path previous = Files.writeString(tmp.resolve("barometer-2023-Q3-en.pdf"), "previous good edition");
        FakeRenderers r = FakeRenderers.all().behaving((e, l, f, out) -> {
            out.write(new byte[200_000]);
            throw new RenderException(List.of(new TemplateProblem("edition.ftlh", 42, 17, "'dbUse.sis' has no value")));
        });
        Cli.Result res = generate(r, sample.toString(), "-o", tmp.toString(), "--format", "pdf", "--lang", "en");
        assertEquals(ExitCode.INVALID, res.exitCode(), res::toString);
        assertTrue(res.err().contains("edition.ftlh:42:17: 'dbUse.sis' has no value"), res::toString);
        assertEquals("previous good edition", Files.readString(previous));
        assertEquals(List.of("barometer-2023-Q3-en.pdf"), Files2.names(tmp));
    }

    @Test
    void aWriteFailureIsAnUnexpectedFailureAndTheOtherFilesAreStillWritten() {
        FakeRenderers r = FakeRenderers.all().behaving((e, l, f, out) -> {
            if (l == Language.SL) {
                out.write(1);
                throw new IOException("No space left on device");
            }
            FakeRenderers.writeLine(e, l, f, out);
        });
        Cli.Result res = generate(r, sample.toString(), "-o", tmp.toString(), "--format", "html", "--lang", "en,sl,de");
        assertEquals(ExitCode.FAILURE, res.exitCode(), res::toString);
        assertTrue(res.err().contains("2023-Q3 sl html:\n  cannot write " + tmp.resolve("barometer-2023-Q3-sl.html")
                + ": No space left on device"), res::toString);
        assertEquals(List.of("barometer-2023-Q3-de.html", "barometer-2023-Q3-en.html"), Files2.names(tmp));
    }

    @Test
    void createsAMissingOutputFolder() {
        Path out = tmp.resolve("a/b/out");
        Cli.Result res = generate(FakeRenderers.all(), sample.toString(), "-o", out.toString(), "--format", "html", "--lang", "en");
        assertEquals(ExitCode.OK, res.exitCode(), res::toString);
        assertEquals(List.of("barometer-2023-Q3-en.html"), Files2.names(out));
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsAFailureNamingIt() throws IOException {
        Path file = Files.writeString(tmp.resolve("out"), "");
        Cli.Result res = generate(FakeRenderers.all(), sample.toString(), "-o", file.toString());
        assertEquals(ExitCode.FAILURE, res.exitCode(), res::toString);
        assertEquals("barometer: cannot write to the output folder " + file + ": it exists and is not a folder\n", res.err());
    }

    @Test
    void aFolderWhereNoFileCanBeCreatedIsOneFailureNamingIt() {
        // Even root cannot create files in /sys/fs: a read-only folder for every user.
        Path readOnly = Path.of("/sys/fs");
        assumeTrue(Files.isDirectory(readOnly) && !canCreateFileIn(readOnly), "needs a folder nobody can write to");
        Cli.Result res = generate(FakeRenderers.all(), sample.toString(), "-o", readOnly.toString());
        assertEquals(ExitCode.FAILURE, res.exitCode(), res::toString);
        assertTrue(res.err().startsWith("barometer: cannot write to the output folder /sys/fs: "), res::toString);
        assertEquals(1, res.err().lines().count(), res::toString);
    }

    private static boolean canCreateFileIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ""));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Test
    void aBrokenTemplateFolderIsInvalidWithEachProblemLocated() throws IOException {
        Path set = tmp.resolve("tpl");
        assertEquals(ExitCode.OK, Cli.run("templates", "init", set.toString()).exitCode());
        Files.writeString(set.resolve("macros.ftlh"), "<#macro x>\n  <#if>\n</#macro>\n");
        Cli.Result res = generate(FakeRenderers.all(), sample.toString(), "-o", tmp.resolve("out").toString(),
                "--templates", set.toString());
        assertEquals(ExitCode.INVALID, res.exitCode(), res::toString);
        assertTrue(res.err().startsWith(set.resolve("macros.ftlh") + ":2:"), res::toString);
        assertTrue(res.err().contains("barometer: the template set " + set + " has 1 problem; 'barometer templates check "), res::toString);
    }
}
