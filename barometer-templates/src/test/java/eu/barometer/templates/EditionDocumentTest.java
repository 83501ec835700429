package eu.barometer.templates;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static eu.barometer.templates.TemplateSetTest.minimal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One template run per edition and language, shared by every format. */
class EditionDocumentTest {

    @TempDir
    Path dir;

    @Test
    void everyFormatFromOneDocumentHasTheBytesOfItsOwnRender() throws Exception {
        EditionAnalysis sample = Samples.q3();
        TemplateSet set = TemplateSet.builtIn();
        EditionDocument doc = EditionDocument.of(sample, Language.SL, RenderOptions.DEFAULT);
        for (OutputFormat format : OutputFormat.values()) {
            EditionRenderer r = Renderers.forFormat(format, set);
            ByteArrayOutputStream shared = new ByteArrayOutputStream();
            r.render(doc, shared);
            ByteArrayOutputStream alone = new ByteArrayOutputStream();
            r.render(sample, Language.SL, RenderOptions.DEFAULT, alone);
            assertArrayEquals(alone.toByteArray(), shared.toByteArray(), format + " from the shared document");
        }
    }

    @Test
    void aTemplateErrorComesFromOneRunAndReachesEveryFormat() throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        Files.writeString(dir.resolve("edition.ftlh"), minimal("<p>${doc.noSuchThing}</p>"));
        TemplateSet set = TemplateSet.fromFolder(dir);
        EditionDocument doc = EditionDocument.of(Samples.q3(), Language.EN, RenderOptions.DEFAULT);
        RenderException pdf = assertThrows(RenderException.class,
                () -> Renderers.forFormat(OutputFormat.PDF, set).render(doc, new ByteArrayOutputStream()));
        RenderException docx = assertThrows(RenderException.class,
                () -> Renderers.forFormat(OutputFormat.DOCX, set).render(doc, new ByteArrayOutputStream()));
        assertSame(pdf, docx, "the template ran once; its failure is given to each format");
        assertEquals(TemplateSet.MAIN_TEMPLATE, pdf.problems().get(0).template());
    }
}
