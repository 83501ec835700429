package eu.barometer.templates.xlsx;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.Renderers;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.w3c.dom.Element;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
                String name = XlsxWriter.dataSheetName(d.kind(), language);
                assertNotNull(wb.getSheet(name), name + " in " + names);
                assertEquals(d.rows().size(), wb.getSheet(name).getLastRowNum(), d.kind().id());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "SL", "BG", "EL"})
    void tableSheetsAreNotDuplicatedAndNameTheirSourceUnderTheTable(Language language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(sample, language, RenderOptions.DEFAULT, out);
        XhtmlDocument x = TemplateSet.builtIn().toXhtml(sample, language, RenderOptions.DEFAULT);
        Labels labels = new Labels(language);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertTrue(names.stream().noneMatch(n -> n.matches(".* \\(\\d+\\)")), "no sheet named like a copy: " + names);
            assertEquals(1, names.stream().filter(n -> n.equals(labels.get("sheet.sources"))).count(), names.toString());

            // Every document table and chart with a data-source has it under its table, as the document words it.
            int checked = 0;
            for (Element e : Xhtml.find(x.dom().getDocumentElement(), e -> e.hasAttribute("data-source"))) {
                String sheetName = Xhtml.attr(e, "data-sheet")
                        .orElseGet(() -> Xhtml.child(e, "figcaption").map(Xhtml::text).orElseThrow());
                Sheet sheet = wb.getSheet(SheetNames.clean(sheetName));
                assertNotNull(sheet, sheetName + " in " + names);
                int lastTableRow = lastRowOfTable(sheet);
                Row below = sheet.getRow(lastTableRow + 2);
                assertNotNull(below, sheetName + ": a row under the table");
                assertEquals(e.getAttribute("data-source"), below.getCell(0).getStringCellValue(), sheetName);
                assertTrue(below.getCell(0).getStringCellValue().matches(".*\\d{4}.*"), "an as-of date: " + sheetName);
                checked++;
                // No column repeats the one before it (an Action column followed by a Code column of the same codes).
                Row head = sheet.getRow(sheet.getPaneInformation().getHorizontalSplitTopRow() - 1);
                for (int c = 1; c < head.getLastCellNum(); c++) {
                    boolean same = true;
                    for (int r = head.getRowNum() + 1; r <= lastTableRow && same; r++) {
                        Row row = sheet.getRow(r);
                        same = row != null && row.getCell(c) != null && row.getCell(c - 1) != null
                                && row.getCell(c).toString().equals(row.getCell(c - 1).toString());
                    }
                    assertFalse(same, sheetName + ": column " + (c + 1) + " repeats column " + c);
                }
            }
            assertTrue(checked >= 5, "tables with a source: " + checked);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "SL", "BG", "EL"})
    void datesAreWrittenInIsoFormatWhateverTheReadersLocale(Language language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(sample, language, RenderOptions.DEFAULT, out);
        Labels labels = new Labels(language);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            int dates = 0;
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                            String format = cell.getCellStyle().getDataFormatString();
                            assertTrue(format.equals("yyyy-mm-dd") || format.matches("\\[\\$-[0-9A-F]+\\]mmm yyyy"),
                                    s.getSheetName() + "!" + cell.getAddress() + ": " + format);
                            assertTrue(cell.getCellStyle().getDataFormat() >= 164, "not a built-in (locale) format");
                            dates++;
                        }
                    }
                }
            }
            assertTrue(dates > 20, "dates: " + dates);
            Sheet sources = wb.getSheet(labels.get("sheet.sources"));
            Cell asOf = null;
            for (Row row : sources) {
                Cell c = row.getCell(9);
                if (row.getRowNum() > 0 && c != null && c.getCellType() == CellType.NUMERIC) {
                    asOf = c;
                    break;
                }
            }
            assertNotNull(asOf, "figures as of");
            assertEquals("yyyy-mm-dd", asOf.getCellStyle().getDataFormatString());
            assertTrue(new DataFormatter(Locale.US).formatCellValue(asOf).matches("\\d{4}-\\d{2}-\\d{2}"),
                    new DataFormatter(Locale.US).formatCellValue(asOf));
        }
    }

    /** The last row of the table on a table sheet: the last row before the first empty one under the heading. */
    private static int lastRowOfTable(Sheet sheet) {
        int r = sheet.getPaneInformation().getHorizontalSplitTopRow();
        while (sheet.getRow(r + 1) != null && sheet.getRow(r + 1).getLastCellNum() > 0) {
            r++;
        }
        return r;
    }
}
