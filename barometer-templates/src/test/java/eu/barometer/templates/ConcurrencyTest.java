package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConcurrencyTest {

    @Test
    void oneRendererServesManyThreadsWithTheSameResult() throws Exception {
        EditionRenderer pdf = Renderers.forFormat(OutputFormat.PDF, TemplateSet.builtIn());
        String expectedSl = text(Editions.builtIn(OutputFormat.PDF, Language.SL));
        String expectedEl = text(Editions.builtIn(OutputFormat.PDF, Language.EL));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> sl = new ArrayList<>();
            List<Future<String>> el = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sl.add(pool.submit(() -> text(render(pdf, Language.SL))));
                el.add(pool.submit(() -> text(render(pdf, Language.EL))));
            }
            for (Future<String> f : sl) {
                assertEquals(expectedSl, f.get());
            }
            for (Future<String> f : el) {
                assertEquals(expectedEl, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] render(EditionRenderer r, Language l) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        r.render(Samples.q3(), l, RenderOptions.DEFAULT, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }
}
