package eu.barometer.templates.xlsx;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.input.Column;
import eu.barometer.core.input.Schemas;
import eu.barometer.core.model.Dataset;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import org.apache.poi.ss.usermodel.Cell;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.problem.InputProblem;
import eu.barometer.core.problem.Location;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.problem.Severity;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxWriterTest {

    private static final List<InputProblem> WARNINGS = List.of(
            new InputProblem(new Location("edition.properties", 7, 1), Severity.WARNING, ProblemCode.BAD_EDITION_PROPERTY,
                    "unknown setting 'edition.colour' is ignored"),
            new InputProblem(new Location("eurojust.csv", 5, 3), Severity.WARNING, ProblemCode.IMPLAUSIBLE_VALUE,
                    "new_cases 900 is far above the state's usual figures"));

    private static EditionAnalysis sample;
    private static byte[] bytes;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void render() throws Exception {
        sample = EditionAnalysis.of(XlsxFixtures.sample().edition().withWarnings(WARNINGS));
        bytes = XlsxFixtures.render(sample, Language.EN);
        XlsxFixtures.keep("fixture-en.xlsx", bytes);
        wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> sheetNames(XSSFWorkbook w) {
        List<String> names = new ArrayList<>();
        w.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    @Test
    void ordersSheetsSummaryTablesChartsDataSources() {
        assertEquals(List.of("Summary", "Eurojust", "Impact levels- border sections", "Detections by route, 2023-01 to",
                "Eurojust cases by state, 2023-Q", "Database use – data", "Sharing with EMSC – data",
                "EMSC and EU IRU support – data", "EMPACT – data", "Eurojust – data", "Border crossings – data",
                "Impact levels – data", "Actions – data", "Third countries – data", "Financial investigation – data",
                "Asylum applicants – data", "Internal border control – data",
                "Sources", "Problems"), sheetNames(wb));
    }

    @Test
    void storesTypedCellsWithStandardFormats() {
        XSSFSheet s = wb.getSheet("Eurojust");
        Row greece = s.getRow(2);
        assertEquals("Greece", greece.getCell(0).getStringCellValue());
        assertEquals("EL", greece.getCell(1).getStringCellValue(), "the code column follows the row header");
        assertEquals("@", greece.getCell(1).getCellStyle().getDataFormatString());
        Cell newCases = greece.getCell(2);
        assertEquals(CellType.NUMERIC, newCases.getCellType());
        assertEquals(31, newCases.getNumericCellValue());
        assertEquals("#,##0", newCases.getCellStyle().getDataFormatString());
        Cell change = greece.getCell(4);
        assertEquals(0.183, change.getNumericCellValue(), 1e-12);
        assertEquals("0.0%", change.getCellStyle().getDataFormatString());
        assertEquals("0%", s.getRow(3).getCell(4).getCellStyle().getDataFormatString());
        Cell frozen = greece.getCell(5);
        assertEquals(1250000.5, frozen.getNumericCellValue(), 1e-9);
        assertEquals("#,##0.00", frozen.getCellStyle().getDataFormatString());
        Cell reported = greece.getCell(6);
        assertTrue(DateUtil.isCellDateFormatted(reported));
        assertEquals(LocalDate.of(2023, 10, 5), reported.getLocalDateTimeCellValue().toLocalDate());
        assertTrue(s.getRow(3).getCell(2).getCellStyle().getFont() != null);
        assertTrue(wb.getFontAt(s.getRow(3).getCell(2).getCellStyle().getFontIndex()).getItalic(), "provisional figure in italics");
        Row total = s.getRow(5);
        assertEquals("Total", total.getCell(0).getStringCellValue());
        assertEquals(106, total.getCell(2).getNumericCellValue());
        assertTrue(wb.getFontAt(s.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold(), "header row bold");
    }

    @Test
    void writesCaptionAsTitleAndFootnotesUnderTheTable() {
        XSSFSheet s = wb.getSheet("Eurojust");
        assertEquals("Eurojust support, 2023-Q3¹", s.getRow(0).getCell(0).getStringCellValue());
        assertEquals("¹ Eurojust, figures as of 5 October 2023.", s.getRow(7).getCell(0).getStringCellValue());
        assertEquals("Figures in italics are provisional or estimated.", s.getRow(8).getCell(0).getStringCellValue());
        assertEquals(0, s.getNumMergedRegions(), "no merged cells in a table without spans");
    }

    @Test
    void freezesHeaderRowsAndFiltersEveryTable() {
        for (Sheet s : wb) {
            if (s.getSheetName().equals("Summary")) {
                continue;
            }
            XSSFSheet x = (XSSFSheet) s;
            PaneInformation pane = x.getPaneInformation();
            assertNotNull(pane, s.getSheetName() + " has frozen panes");
            assertTrue(pane.isFreezePane());
            assertTrue(x.getCTWorksheet().isSetAutoFilter(), s.getSheetName() + " has an autofilter");
        }
        assertEquals("A2:G5", wb.getSheet("Eurojust").getCTWorksheet().getAutoFilter().getRef(), "heading and body, not the total");
        assertEquals(2, wb.getSheet("Eurojust").getPaneInformation().getHorizontalSplitPosition());
        assertEquals(2, wb.getSheet("Eurojust").getPaneInformation().getVerticalSplitPosition(), "row header and code column frozen");
        assertEquals(1, wb.getSheet("Database use – data").getPaneInformation().getHorizontalSplitPosition());
        int rows = sample.edition().databaseUse().rows().size();
        assertEquals("A1:M" + (rows + 1), wb.getSheet("Database use – data").getCTWorksheet().getAutoFilter().getRef());
        assertEquals("A3:D7", wb.getSheet("Impact levels- border sections").getCTWorksheet().getAutoFilter().getRef(),
                "the filter sits on the last of two heading rows");
    }

    @Test
    void mergesOnlyHeadingCells() {
        XSSFSheet s = wb.getSheet("Impact levels- border sections");
        assertEquals(3, s.getNumMergedRegions());
        s.getMergedRegions().forEach(r -> assertTrue(r.getLastRow() <= 2, "merged " + r.formatAsString() + " is in the heading"));
        assertEquals("Since", s.getRow(2).getCell(2).getStringCellValue());
    }

    @Test
    void fillsHeatMapCellsWithTheStyleSheetColours() {
        XSSFSheet s = wb.getSheet("Impact levels- border sections");
        var high = (org.apache.poi.xssf.usermodel.XSSFCellStyle) s.getRow(3).getCell(1).getCellStyle();
        assertEquals("FFFBD3B5", high.getFillForegroundXSSFColor().getARGBHex());
        var low = (org.apache.poi.xssf.usermodel.XSSFCellStyle) s.getRow(4).getCell(1).getCellStyle();
        assertEquals("FFE3F1DF", low.getFillForegroundXSSFColor().getARGBHex());
        assertEquals(org.apache.poi.ss.usermodel.FillPatternType.NO_FILL, s.getRow(5).getCell(1).getCellStyle().getFillPattern());
    }

    @Test
    void drawsNativeChartsOverTheirData() {
        List<XSSFChart> charts = new ArrayList<>();
        for (Sheet s : wb) {
            var d = ((XSSFSheet) s).getDrawingPatriarch();
            if (d != null) {
                charts.addAll(d.getCharts());
            }
        }
        assertEquals(2, charts.size());
        XSSFChart line = wb.getSheet("Detections by route, 2023-01 to").getDrawingPatriarch().getCharts().get(0);
        XDDFChartData data = line.getChartSeries().get(0);
        assertEquals(3, data.getSeriesCount());
        assertEquals("'Detections by route, 2023-01 to'!$B$3:$B$8", data.getSeries(0).getValuesData().getDataRangeReference());
        assertEquals("'Detections by route, 2023-01 to'!$A$3:$A$8", data.getSeries(0).getCategoryData().getDataRangeReference());
        assertTrue(data.getSeries(0).getCategoryData().isNumeric(), "months are dates");
        XSSFChart bars = wb.getSheet("Eurojust cases by state, 2023-Q").getDrawingPatriarch().getCharts().get(0);
        XDDFChartData b = bars.getChartSeries().get(0);
        assertEquals(2, b.getSeriesCount());
        assertEquals("'Eurojust cases by state, 2023-Q'!$C$3:$C$5", b.getSeries(0).getValuesData().getDataRangeReference(),
                "series skip the code column");
        assertEquals("Monthly detections on three routes, January to June 2023",
                wb.getSheet("Detections by route, 2023-01 to").getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(0)
                        .getGraphicFrame().getNvGraphicFramePr().getCNvPr().getDescr());
        assertTrue(b.getSeries(0).getShapeProperties().getFillProperties() != null, "explicit fill");
    }

    @Test
    void writesOneDataRowPerInputRowWithEveryFieldHeadedInTheLanguageAndCodesInColumnsOfTheirOwn() {
        for (Dataset<?> d : sample.edition().datasets()) {
            if (!d.isReceived()) {
                continue;
            }
            Sheet s = wb.getSheet(XlsxWriter.dataSheetName(d.kind(), Language.EN));
            assertEquals(d.rows().size(), s.getLastRowNum(), d.kind().id());
            Set<String> heads = new HashSet<>();
            s.getRow(0).forEach(c -> heads.add(c.getStringCellValue()));
            assertTrue(heads.containsAll(List.of("Flag", "Flag (code)", "File", "Line in the file")), heads.toString());
            assertTrue(heads.stream().noneMatch(h -> h.contains("_")), "no snake_case head: " + heads);
        }
        Row head = wb.getSheet("Database use – data").getRow(0);
        assertEquals(List.of("State", "State (code)", "System", "Measure", "Measure (code)", "Period", "Period start", "Period end",
                "Value"), List.of(0, 1, 2, 3, 4, 5, 6, 7, 8).stream().map(c -> head.getCell(c).getStringCellValue()).toList());
        Row first = wb.getSheet("Database use – data").getRow(1);
        assertEquals("Belgium", first.getCell(0).getStringCellValue());
        assertEquals("BE", first.getCell(1).getStringCellValue());
        assertEquals("SIS", first.getCell(2).getStringCellValue());
        assertEquals("searches", first.getCell(3).getStringCellValue());
        assertEquals("searches", first.getCell(4).getStringCellValue());
        assertEquals("2022-Q1", first.getCell(5).getStringCellValue());
        assertEquals(LocalDate.of(2022, 1, 1), first.getCell(6).getLocalDateTimeCellValue().toLocalDate());
        assertEquals(LocalDate.of(2022, 3, 31), first.getCell(7).getLocalDateTimeCellValue().toLocalDate());
        assertEquals(27488103, first.getCell(8).getNumericCellValue());
        assertEquals("database-use.csv", first.getCell(11).getStringCellValue());
        assertEquals(2, first.getCell(12).getNumericCellValue(), "line 2: the first row after the header");
    }

    @Test
    void listsEverySourceWithRowsReadAndRowsInTheEdition() {
        Sheet s = wb.getSheet("Sources");
        assertEquals("Rows read", s.getRow(0).getCell(6).getStringCellValue());
        for (int i = 0; i < 10; i++) {
            Dataset<?> d = sample.edition().datasets().get(i);
            Row row = s.getRow(i + 1);
            assertEquals(d.kind().id(), row.getCell(1).getStringCellValue());
            assertEquals(d.isReceived() ? "received" : "not received", row.getCell(3).getStringCellValue());
            if (d.isReceived()) {
                assertEquals(d.source().get().sha256(), row.getCell(5).getStringCellValue());
                assertEquals(d.source().get().rowsRead(), row.getCell(6).getNumericCellValue());
                assertEquals(d.rows().size(), row.getCell(7).getNumericCellValue());
                assertTrue(DateUtil.isCellDateFormatted(row.getCell(9)));
                assertEquals(d.kind() == DatasetKind.EUROJUST ? 1 : 0, row.getCell(12).getNumericCellValue(),
                        "problems reported for " + d.kind().id());
            }
        }
        assertEquals("Problems reported", s.getRow(0).getCell(12).getStringCellValue());
    }

    @Test
    void listsTheProblemsTheInputsRaised() throws Exception {
        XSSFSheet s = wb.getSheet("Problems");
        assertEquals(List.of("File", "Line", "Column", "Code", "Message"),
                List.of(0, 1, 2, 3, 4).stream().map(c -> s.getRow(0).getCell(c).getStringCellValue()).toList());
        for (int i = 0; i < WARNINGS.size(); i++) {
            InputProblem p = WARNINGS.get(i);
            Row r = s.getRow(i + 1);
            assertEquals(p.location().source(), r.getCell(0).getStringCellValue());
            assertEquals(p.location().line(), r.getCell(1).getNumericCellValue());
            assertEquals(p.location().column(), r.getCell(2).getNumericCellValue());
            assertEquals(p.code().id(), r.getCell(3).getStringCellValue());
            assertEquals(p.message(), r.getCell(4).getStringCellValue());
        }
        assertEquals("A1:E3", s.getCTWorksheet().getAutoFilter().getRef());
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(XlsxFixtures.render(XlsxFixtures.injections(), Language.EN)))) {
            assertEquals("No problem was reported for these inputs.", w.getSheet("Problems").getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void summarisesMetadataAndKeyFigures() {
        Sheet s = wb.getSheet("Summary");
        assertEquals("Schengen Barometer+ 2023-Q3", s.getRow(0).getCell(0).getStringCellValue());
        List<String> texts = new ArrayList<>();
        s.forEach(r -> r.forEach(c -> texts.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : "")));
        assertTrue(texts.contains("13901/23"));
        assertTrue(texts.contains("LIMITE"));
        assertTrue(texts.contains("Key figures"));
        assertTrue(texts.contains("The Central Mediterranean route accounts for about half of all detections."));
        assertTrue(texts.contains("Sources"), "the sheet list links to every sheet");
    }

    @Test
    void printsMarkingPageNumbersAndHeadingRows() {
        XSSFSheet s = wb.getSheet("Eurojust");
        assertEquals("&BLIMITE", s.getHeader().getCenter());
        assertEquals("&BLIMITE", s.getFooter().getCenter());
        assertEquals("13901/23 R&&D", s.getHeader().getLeft(), "ampersands escaped, marking not repeated");
        assertEquals("13901/23 JAI.1 EN — page &P of &N", s.getFooter().getLeft());
        assertTrue(s.getPrintSetup().getLandscape(), "seven columns print in landscape");
        assertTrue(s.getFitToPage());
        assertEquals(1, s.getPrintSetup().getFitWidth());
        assertEquals(0, s.getPrintSetup().getFitHeight());
        assertEquals("2:2", s.getRepeatingRows().formatAsString().replace("$", ""));
        assertFalse(wb.getSheet("Summary").getPrintSetup().getLandscape());
    }

    @Test
    void setsPropertiesFromTheDocumentNotTheClock() {
        var core = wb.getProperties().getCoreProperties();
        assertEquals("Schengen Barometer+ 2023-Q3", core.getTitle());
        assertEquals("General state of the Schengen area – fight against cross-border crime", core.getSubject());
        assertEquals("Schengen, migrant smuggling, barometer", core.getKeywords());
        assertEquals("en", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
        assertEquals(LocalDate.of(2023, 10, 11).atStartOfDay().toInstant(ZoneOffset.UTC), core.getCreated().toInstant());
        assertEquals("LIMITE", wb.getProperties().getCustomProperties().getProperty("Marking").getLpwstr());
    }

    @Test
    void writesTheSameBytesEveryTime() throws Exception {
        assertArrayEquals(bytes, XlsxFixtures.render(sample, Language.EN));
    }

    @Test
    void storesFormulaLikeTextAsStrings() throws Exception {
        XSSFSheet impact = wb.getSheet("Impact levels- border sections");
        List<String> expected = List.of("=HYPERLINK(\"http://example.invalid\",\"click\")", "+1 call", "-2+3", "@SUM(A1:A9)");
        for (int i = 0; i < expected.size(); i++) {
            Cell c = impact.getRow(3 + i).getCell(3);
            assertEquals(CellType.STRING, c.getCellType());
            assertEquals(expected.get(i), c.getStringCellValue());
        }
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(XlsxFixtures.render(XlsxFixtures.injections(), Language.EN)))) {
            Sheet actions = w.getSheet("Actions – data");
            for (int i = 0; i < XlsxFixtures.INJECTIONS.size(); i++) {
                Row r = actions.getRow(i + 1);
                for (Cell c : r) {
                    assertFalse(c.getCellType() == CellType.FORMULA, "no formula at " + c.getAddress());
                }
                assertEquals(CellType.STRING, r.getCell(7).getCellType());
                assertEquals(XlsxFixtures.INJECTIONS.get(i), r.getCell(7).getStringCellValue());
                assertEquals("=Europol", r.getCell(2).getStringCellValue());
            }
        }
    }

    @Test
    void writesNoFormulaInAnySheet() throws Exception {
        for (byte[] workbook : List.of(bytes, XlsxFixtures.render(XlsxFixtures.injections(), Language.EN))) {
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(workbook))) {
                int sheets = 0;
                for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().startsWith("xl/worksheets/sheet")) {
                        String xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        assertFalse(xml.contains("<f>") || xml.contains("<f "), e.getName() + " holds a formula");
                        sheets++;
                    }
                }
                assertTrue(sheets > 5);
            }
        }
    }

    @Test
    void namesSheetsValidlyInEveryLanguage() throws Exception {
        String xhtml = XlsxFixtures.fixtureXhtml()
                .replace("data-sheet=\"Eurojust\"", "data-sheet=\"Eurojust: support [2023] / Q3 * ? \\ 'quoted' too long for excel\"")
                .replace("Detections by route, 2023-01 to 2023-06", "Impact levels: border sections [land/sea/air] *as set* by Frontex? \\ 2023");
        EditionAnalysis small = XlsxFixtures.injections();
        for (Language language : Language.values()) {
            byte[] b = XlsxFixtures.render(small, XlsxFixtures.document(language, xhtml), RenderOptions.DEFAULT);
            try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(b))) {
                Set<String> seen = new HashSet<>();
                for (String name : sheetNames(w)) {
                    assertTrue(name.length() <= 31, language + ": " + name);
                    assertTrue(name.chars().noneMatch(ch -> "[]:*?/\\".indexOf(ch) >= 0), language + ": " + name);
                    assertFalse(name.startsWith("'") || name.endsWith("'"), language + ": " + name);
                    assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), language + ": duplicate " + name);
                }
                if (language == Language.SL) {
                    assertEquals("Povzetek", w.getSheetName(0));
                    assertEquals("Viri", w.getSheetName(w.getNumberOfSheets() - 2));
                    assertEquals("Težave", w.getSheetName(w.getNumberOfSheets() - 1));
                }
                if (language == Language.BG) {
                    assertEquals("Резюме", w.getSheetName(0));
                }
            }
        }
    }

    @Test
    void rejectsAValueThatIsNotItsType() {
        String bad = XlsxFixtures.fixtureXhtml().replace("data-value=\"1204\"", "data-value=\"1.204\"");
        RenderException e = assertThrows(RenderException.class,
                () -> XlsxFixtures.render(sample, XlsxFixtures.document(Language.EN, bad), RenderOptions.DEFAULT));
        assertEquals(1, e.problems().size());
        assertTrue(e.getMessage().contains("table#t-eurojust row 1 column 3: data-value=\"1.204\" is not a valid integer"),
                e.getMessage());
    }

    @Test
    void continuesADatasetTooLongForOneSheetOnTheNextSheets() throws Exception {
        int rows = sample.edition().databaseUse().rows().size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter(1000).write(sample, XlsxFixtures.document(Language.EN, XlsxFixtures.fixtureXhtml()), RenderOptions.DEFAULT, out);
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> parts = List.of("Database use – data", "Database use – data (2)", "Database use – data (3)");
            assertTrue(sheetNames(w).containsAll(parts), sheetNames(w).toString());
            int line = 2;
            for (int p = 0; p < parts.size(); p++) {
                XSSFSheet s = w.getSheet(parts.get(p));
                int expected = Math.min(1000, rows - 1000 * p);
                assertEquals(expected, s.getLastRowNum(), parts.get(p));
                assertEquals("State", s.getRow(0).getCell(0).getStringCellValue(), "each part has the column names");
                assertEquals("A1:M" + (expected + 1), s.getCTWorksheet().getAutoFilter().getRef());
                assertEquals(line, s.getRow(1).getCell(12).getNumericCellValue(), "rows continue where the last part stopped");
                line += expected;
            }
            Row sources = w.getSheet("Sources").getRow(1);
            assertEquals(String.join(", ", parts), sources.getCell(11).getStringCellValue());
        }
    }

    @Test
    void refusesATextLongerThanACellHoldsNamingTheCell() {
        EditionAnalysis longComment = XlsxFixtures.actions(List.of("short", "x".repeat(40_000)));
        RenderException e = assertThrows(RenderException.class, () -> XlsxFixtures.render(longComment, Language.EN));
        assertTrue(e.getMessage().contains("sheet 'Actions – data', cell H3: a text of 40000 characters;"
                + " a spreadsheet cell holds at most 32767"), e.getMessage());
    }

    @Test
    void refusesAWorkbookOverTheSizeLimit() {
        RenderOptions tiny = new RenderOptions(false, java.time.Duration.ofSeconds(10), 10_000);
        RenderException e = assertThrows(RenderException.class,
                () -> XlsxFixtures.render(sample, XlsxFixtures.document(Language.EN, XlsxFixtures.fixtureXhtml()), tiny));
        assertTrue(e.getMessage().contains("larger than the limit of 10000 bytes"), e.getMessage());
    }
}
