package eu.barometer.cli;

import eu.barometer.cli.output.AtomicWriter;
import eu.barometer.cli.render.LineProgress;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.TemplateProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchCommandTest {

    @TempDir
    Path tmp;

    private Cli.Result batch(FakeRenderers renderers, String... args) {
        return Cli.run(new BatchCommand(renderers, LineProgress::new), args);
    }

    @Test
    void rendersEveryBundleAndCarriesOnPastABrokenOne() {
        Path broken = Bundles.broken(tmp.resolve("broken"));
        Path out = tmp.resolve("out");
        Cli.Result r = batch(FakeRenderers.all(), Bundles.sample("2023-Q3").toString(), broken.toString(),
                Bundles.sample("2023-Q2").toString(), "--out", out.toString(), "--lang", "en", "--format", "pdf,html", "--jobs", "2");
        assertEquals(ExitCode.BATCH_FAILED, r.exitCode(), r::toString);
        assertEquals(List.of("barometer-2023-Q2-en.html", "barometer-2023-Q2-en.pdf", "barometer-2023-Q3-en.html",
                "barometer-2023-Q3-en.pdf"), Files2.names(out));
        assertTrue(r.err().contains("1 failure:\n  " + broken + ":\n    1 error, 0 warnings in " + broken + "\n    "
                + broken.resolve("eurojust.csv") + ":3:3: error: negative figure -4"), r::toString);
        assertTrue(r.out().startsWith("Wrote 4 files ("), r::toString);
        assertTrue(r.out().contains(") to " + out + " from 3 bundles in "), r::toString);
        assertTrue(r.out().contains("; 1 failed\n"), r::toString);
        assertTrue(r.out().contains("\n  pdf: 2 files, "), r::toString);
        assertTrue(r.out().contains("\n  html: 2 files, "), r::toString);
    }

    @Test
    void printsPlainProgressLinesWhenNotOnATerminal() {
        Cli.Result r = batch(FakeRenderers.all(), Bundles.sample("2023-Q3").toString(), "-o", tmp.toString(),
                "--lang", "en,sl", "--format", "html");
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        String[] lines = r.err().split("\n");
        assertEquals(2, lines.length, r::toString);
        for (String l : lines) {
            assertTrue(l.matches("\\[[12]/2] 2023-Q3 (en|sl) html: wrote .*barometer-2023-Q3-(en|sl)\\.html \\(\\d+ B, \\d+ ms\\)"), l);
            assertFalse(l.contains("\r") || l.contains("\033"), "no terminal control characters in plain progress");
        }
    }

    @Test
    void choosesPlainLinesWithoutAConsole() {
        // Surefire runs tests without a console, as a pipe or a log file would.
        assertEquals(null, System.console());
        assertTrue(BatchCommand.progressFor(new java.io.PrintWriter(new java.io.StringWriter())) instanceof LineProgress);
    }

    @Test
    void aFailingFileDoesNotStopTheOthersAndLeavesNoPartialFile() {
        FakeRenderers renderers = FakeRenderers.all().behaving((e, l, f, out) -> {
            if (l == Language.SL && f == OutputFormat.PDF) {
                out.write(new byte[100_000]);
                throw new RenderException(List.of(new TemplateProblem("edition.ftlh", 7, 3, "boom")));
            }
            FakeRenderers.writeLine(e, l, f, out);
        });
        Cli.Result r = batch(renderers, Bundles.sample("2023-Q3").toString(), "-o", tmp.toString(), "--jobs", "2");
        assertEquals(ExitCode.BATCH_FAILED, r.exitCode(), r::toString);
        List<String> names = Files2.names(tmp);
        assertEquals(23, names.size(), names::toString);
        assertFalse(names.contains("barometer-2023-Q3-sl.pdf"));
        assertTrue(names.stream().noneMatch(n -> AtomicWriter.isTemporary(Path.of(n))), names::toString);
        assertTrue(r.err().contains("1 failure:\n  2023-Q3 sl pdf (" + Bundles.sample("2023-Q3") + "):\n    edition.ftlh:7:3: boom"), r::toString);
    }

    @Test
    void refusesTwoBundlesOfTheSameEdition() {
        Path copy = Bundles.copy("2023-Q3", tmp);
        Path out = tmp.resolve("out");
        Cli.Result r = batch(FakeRenderers.all(), Bundles.sample("2023-Q3").toString(), copy.toString(), "-o", out.toString(),
                "--format", "html", "--lang", "en");
        assertEquals(ExitCode.BATCH_FAILED, r.exitCode(), r::toString);
        assertTrue(r.err().contains("the edition 2023-Q3 is also in " + Bundles.sample("2023-Q3")), r::toString);
        assertEquals(List.of("barometer-2023-Q3-en.html"), Files2.names(out));
    }

    @Test
    void aLanguageMissingFromOneEditionFailsOnlyThatBundle() {
        Path q2 = Bundles.copy("2023-Q2", tmp);
        Bundles.replaceLine(q2.resolve("edition.properties"), lineStarting(q2.resolve("edition.properties"), "edition.languages="),
                "edition.languages=en");
        Path out = tmp.resolve("out");
        Cli.Result r = batch(FakeRenderers.all(), Bundles.sample("2023-Q3").toString(), q2.toString(), "-o", out.toString(),
                "--format", "html", "--lang", "sl");
        assertEquals(ExitCode.BATCH_FAILED, r.exitCode(), r::toString);
        assertTrue(r.err().contains("the edition 2023-Q2 is not published in sl; its languages are en"), r::toString);
        assertEquals(List.of("barometer-2023-Q3-sl.html"), Files2.names(out));
    }

    @Test
    void rejectsFewerThanOneJob() {
        Cli.Result r = batch(FakeRenderers.all(), Bundles.sample("2023-Q3").toString(), "--jobs", "0");
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--jobs must be at least 1, was 0"), r::toString);
    }

    @Test
    void needsAtLeastOneBundle() {
        Cli.Result r = Cli.run("batch", "-o", tmp.toString());
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
    }

    private static int lineStarting(Path file, String prefix) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) {
                    return i + 1;
                }
            }
            throw new IllegalStateException(prefix + " not in " + file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
