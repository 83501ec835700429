package eu.barometer.templates.xlsx;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.internal.OoxmlPackage;
import eu.barometer.templates.internal.XmlOut;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SpreadsheetML writer on its own: what it writes, read back with POI. */
class SpreadsheetMlTest {

    private static final List<String> AWKWARD = List.of(
            "a\u0001b\u001Fc",            // controls XML 1.0 cannot hold
            "_x0041_ stays as typed",       // looks like an escape
            "😀 and ĉ, ž, ε, ж",            // outside the BMP, Latin, Greek, Cyrillic
            "line 1\nline 2",
            "  leading and trailing  ",
            "tab\there",
            "CR\r\nLF",
            "=1+1",
            "a & b < c > \"d\" 'e'",
            "\uD800 lone surrogate");

    private static byte[] workbook(SharedStrings strings, List<Object> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OoxmlPackage zip = new OoxmlPackage(out, LocalDate.of(2023, 10, 11), Deflater.BEST_SPEED)) {
            Styles styles = new Styles(Language.EN);
            WorkbookXml wb = new WorkbookXml(zip, styles, Language.EN, strings);
            Grid g = new Grid();
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                g.set(i, 0, v, v instanceof LocalDate ? styles.cell(Styles.Kind.DATE, 0, Styles.Role.BODY, false, false) : 0);
            }
            wb.sheet("It's a test", g);
            wb.finish(new WorkbookXml.Properties("t", "s", "c", Optional.empty(), Language.EN, LocalDate.of(2023, 10, 11),
                    Map.of("Marking", "LIMITE")));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    @Test
    void readsBackEveryTextUnchangedWhateverItsCharacters() throws Exception {
        for (SharedStrings strings : List.of(new SharedStrings(), new SharedStrings(0))) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(strings, List.copyOf(AWKWARD))))) {
                XSSFSheet s = wb.getSheet("It's a test");
                for (int i = 0; i < AWKWARD.size(); i++) {
                    assertEquals(CellType.STRING, s.getRow(i).getCell(0).getCellType());
                    String expected = AWKWARD.get(i).replace('\uD800', '\uFFFD');
                    String actual = s.getRow(i).getCell(0).getStringCellValue().replace('\uD800', '\uFFFD');
                    assertEquals(expected, actual, "row " + i + (strings.isEmpty() ? " (inline)" : " (shared)"));
                }
            }
        }
    }

    @Test
    void readsBackRandomTextsUnchanged() throws Exception {
        // Characters chosen to collide: escapes-to-be (_x0041_), XML specials, controls, CR/LF,
        // surrogate pairs, Greek and Cyrillic, spaces at the ends.
        String alphabet = "_x0041F_&<>\"' \t\r\n\u0000\u0001\u001Fa\u00e9\u03b5\u0436\u00a0\u2028\uFFFDz";
        java.util.Random random = new java.util.Random(20231011);
        List<Object> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                if (random.nextInt(12) == 0) {
                    sb.appendCodePoint(0x1F600 + random.nextInt(50));
                } else {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            texts.add(sb.toString());
        }
        for (SharedStrings strings : List.of(new SharedStrings(), new SharedStrings(0))) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(strings, texts)))) {
                XSSFSheet s = wb.getSheetAt(0);
                for (int i = 0; i < texts.size(); i++) {
                    assertEquals(texts.get(i), s.getRow(i).getCell(0).getStringCellValue(), "text " + i);
                }
            }
        }
    }

    @Test
    void writesTextsInlinePastTheSharedTableLimit() throws Exception {
        SharedStrings two = new SharedStrings(2);
        byte[] bytes = workbook(two, List.of("one", "two", "three", "one"));
        String sheet = entry(bytes, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("t=\"inlineStr\"><is><t>three</t></is>"), sheet);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals(List.of("one", "two", "three", "one"),
                    List.of(0, 1, 2, 3).stream().map(r -> s.getRow(r).getCell(0).getStringCellValue()).toList());
        }
    }

    @Test
    void storesDatesAsExcelDayNumbersAcrossThe1900LeapDay() throws Exception {
        assertEquals(1, Grid.serial(LocalDate.of(1900, 1, 1)));
        assertEquals(59, Grid.serial(LocalDate.of(1900, 2, 28)));
        assertEquals(61, Grid.serial(LocalDate.of(1900, 3, 1)), "Excel counts a 29 February 1900");
        assertEquals(45210, Grid.serial(LocalDate.of(2023, 10, 11)));
        List<LocalDate> days = List.of(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 3, 1), LocalDate.of(2023, 10, 11),
                LocalDate.of(2099, 12, 31));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(new SharedStrings(), List.copyOf(days))))) {
            XSSFSheet s = wb.getSheetAt(0);
            for (int i = 0; i < days.size(); i++) {
                assertTrue(DateUtil.isCellDateFormatted(s.getRow(i).getCell(0)));
                assertEquals(days.get(i), s.getRow(i).getCell(0).getLocalDateTimeCellValue().toLocalDate());
            }
        }
    }

    @Test
    void keepsDatesExcelCannotHoldAsIsoText() throws Exception {
        List<Object> days = List.of(LocalDate.of(1899, 12, 31), LocalDate.of(1715, 9, 1));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(new SharedStrings(), days)))) {
            assertEquals("1899-12-31", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals("1715-09-01", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void writesNumbersWithoutLocaleOrNeedlessDecimals() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlOut x = new XmlOut(out);
        x.num(0L).raw(' ').num(-42L).raw(' ').num(Long.MIN_VALUE).raw(' ').num(1234567.0).raw(' ').num(0.183).raw(' ')
                .num(-0.5).raw(' ').num(1e20);
        x.drain();
        assertEquals("0 -42 -9223372036854775808 1234567 0.183 -0.5 1.0E20", out.toString(StandardCharsets.US_ASCII));
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the package");
    }
}
