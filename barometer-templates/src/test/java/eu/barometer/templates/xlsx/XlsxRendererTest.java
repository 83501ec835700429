package eu.barometer.templates.xlsx;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.Renderers;
import eu.barometer.templates.TemplateSet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The XLSX edition of the built-in template set over the sample bundle. */
class XlsxRendererTest {

    private static EditionAnalysis sample;
    private static EditionRenderer renderer;

    @BeforeAll
    static void load() {
        sample = XlsxFixtures.sample();
        renderer = Renderers.forFormat(OutputFormat.XLSX, TemplateSet.builtIn());
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "SL", "BG", "EL"})
    void rendersTheBuiltInTemplateInEachSampleLanguage(Language language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(sample, language, RenderOptions.DEFAULT, out);
        XlsxFixtures.keep("council-note-" + language.code() + ".xlsx", out.toByteArray());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Set<String> names = new HashSet<>();
            int charts = 0;
            for (Sheet s : wb) {
                assertTrue(s.getSheetName().length() <= 31, s.getSheetName());
                assertTrue(names.add(s.getSheetName().toLowerCase(Locale.ROOT)), "unique: " + s.getSheetName());
                var drawing = ((XSSFSheet) s).getDrawingPatriarch();
                charts += drawing == null ? 0 : drawing.getCharts().size();
            }
            assertTrue(charts >= 1, "the document's charts are native charts");
            assertEquals(language.code(), wb.getProperties().getCoreProperties().getUnderlyingProperties()
                    .getLanguageProperty().orElseThrow());
            assertEquals("LIMITE", wb.getProperties().getCustomProperties().getProperty("Marking").getLpwstr());
            for (var d : sample.edition().datasets()) {
                assertEquals(d.rows().size(), wb.getSheet(XlsxWriter.dataSheetName(d.kind())).getLastRowNum(), d.kind().id());
            }
        }
    }
}
