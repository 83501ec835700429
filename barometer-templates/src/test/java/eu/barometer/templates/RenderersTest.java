package eu.barometer.templates;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderersTest {

    @Test
    void givesARendererForPdfHtmlAndDocx() {
        assertEquals(OutputFormat.PDF, Renderers.forFormat(OutputFormat.PDF, TemplateSet.builtIn()).format());
        assertEquals(OutputFormat.HTML, Renderers.forFormat(OutputFormat.HTML, TemplateSet.builtIn()).format());
        assertEquals(OutputFormat.DOCX, Renderers.forFormat(OutputFormat.DOCX, TemplateSet.builtIn()).format());
    }

    @Test
    void saysWhenAFormatIsNotInThisBuild() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Renderers.forFormat(OutputFormat.XLSX, TemplateSet.builtIn()));
        assertTrue(e.getMessage().contains("not available in this build"));
    }
}
