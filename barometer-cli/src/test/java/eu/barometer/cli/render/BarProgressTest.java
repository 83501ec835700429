package eu.barometer.cli.render;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.OutputFormat;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BarProgressTest {

    private static final Path SAMPLE = Path.of(System.getProperty("barometer.samples", "../samples"), "2023-Q3");

    @Test
    void redrawsOneLineWithCountCurrentItemAndEta() throws Exception {
        EditionAnalysis a = EditionAnalysis.of(Barometer.load(SAMPLE));
        Job en = new Job(SAMPLE, a, OutputFormat.PDF, Language.EN, Path.of("out/en.pdf"));
        Job sl = new Job(SAMPLE, a, OutputFormat.PDF, Language.SL, Path.of("out/sl.pdf"));
        StringWriter text = new StringWriter();
        BarProgress bar = new BarProgress(new PrintWriter(text), 100);
        bar.start(4);
        bar.started(en);
        bar.ended(Outcome.written(en, 1000, Duration.ofMillis(80)));
        bar.started(sl);
        String frames = text.toString();
        String last = frames.substring(frames.lastIndexOf('\r'));
        assertTrue(last.startsWith("\r\033[K[######------------------] 1/4  2023-Q3 sl pdf  ETA "), last);
        assertTrue(frames.indexOf('\n') < 0, "a bar never scrolls the terminal");

        bar.ended(Outcome.failed(sl, Duration.ofMillis(5), List.of("edition.ftlh:1:1: boom"), new RuntimeException()));
        assertTrue(text.toString().contains("\r\033[KFAILED 2023-Q3 sl pdf: edition.ftlh:1:1: boom\n"), text::toString);
        bar.finish();
        assertTrue(text.toString().endsWith("\r\033[K"), "the bar is cleared at the end");
    }

    @Test
    void cutsTheLineToTheTerminalWidth() throws Exception {
        EditionAnalysis a = EditionAnalysis.of(Barometer.load(SAMPLE));
        StringWriter text = new StringWriter();
        BarProgress bar = new BarProgress(new PrintWriter(text), 40);
        bar.start(100);
        bar.started(new Job(SAMPLE, a, OutputFormat.XLSX, Language.BG, Path.of("x")));
        String frames = text.toString();
        String last = frames.substring(frames.lastIndexOf("\033[K") + 3);
        assertEquals(39, last.length(), last);
    }
}
