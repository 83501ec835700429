package eu.barometer.templates.statements;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.TemplateSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader is told about the figures, rule by rule (issue 11), in the HTML, the PDF text,
 * the DOCX text and the XLSX cells. {@code _} in expected texts stands for a no-break space.
 */
class StatementsTest {

    @TempDir
    static Path tmp;

    /** The sample with France's new cases estimated (Greece's and Italy's are provisional in the sample). */
    static Editions4 en;
    static Editions4 sl;

    @BeforeAll
    static void render() throws Exception {
        Path b = Editions4.copy("2023-Q3", tmp.resolve("flags"));
        Editions4.replace(b.resolve("eurojust.csv"), "FR;2023-Q3;9;30;", "FR;2023-Q3;9 e;30;");
        // no base for Greece's change: no figure a year earlier
        Editions4.dropLines(b.resolve("eurojust.csv"), "EL;2022-Q3;");
        // no figure reported: Belgium's SIENA messages
        Editions4.dropLines(b.resolve("database-use.csv"), "BE,SIENA,messages,2023-Q3,");
        EditionAnalysis a = EditionAnalysis.of(Barometer.load(b));
        en = Editions4.render(a, Language.EN);
        sl = Editions4.render(a, Language.SL);
    }

    private static String nb(String s) {
        return s.replace('_', '\u00A0');
    }

    private static String flat(String s) {
        return Editions4.flat(nb(s));
    }

    private static Sheet sheet(Editions4 e, String name) {
        Sheet s = e.xlsx.getSheet(name);
        if (s == null) {
            throw new AssertionError("no sheet " + name);
        }
        return s;
    }

    /** The row of a table sheet whose code column (B) or first column holds a text. */
    private static Row row(Sheet s, String key) {
        for (Row r : s) {
            for (int c = 0; c <= 1; c++) {
                Cell cell = r.getCell(c);
                if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(key)) {
                    return r;
                }
            }
        }
        throw new AssertionError("no row " + key + " on " + s.getSheetName());
    }

    private static boolean sheetHasText(Sheet s, String text) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String format(Cell c) {
        return c.getCellStyle().getDataFormatString();
    }

    // ---------------------------------------------------------------- 1. flags belong to the figure

    @Test
    void aFlagMarksItsFigureAndEveryTotalThatIncludesIt() {
        List<Element> greece = en.cells("t-eurojust", "EL");
        assertEquals("18*", greece.get(0).getTextContent(), "Greece's 18 p");
        assertEquals("provisional", greece.get(0).getAttribute("data-flag"));
        assertEquals("68", greece.get(1).getTextContent(), "Greece's ongoing cases are not provisional");
        assertEquals("", greece.get(1).getAttribute("data-flag"));
        List<Element> total = en.cells("t-eurojust", "total");
        assertEquals("110*°", total.get(0).getTextContent(), "18 p and 9 e: both marks, not 'estimated wins'");
        assertEquals("provisional estimated", total.get(0).getAttribute("data-flag"));
        assertFalse(total.get(1).getTextContent().matches(".*[*°].*"), total.get(1).getTextContent());

        String sentence = "New cases in July–September 2023: 110*° in total";
        assertTrue(en.text("s-eurojust").contains(sentence));
        assertTrue(en.pdf.contains(flat(sentence)), "PDF");
        assertTrue(en.docx.contains(flat(sentence)), "DOCX");
        assertTrue(sl.pdf.contains(flat("Nove zadeve v obdobju julij–september 2023: skupaj 110*°")) || sl.pdf.contains("110*°"), "sl PDF");

        Sheet s = sheet(en, "Eurojust");
        Row el = row(s, "EL");
        assertEquals(18, el.getCell(2).getNumericCellValue());
        assertEquals("#,##0\"*\"", format(el.getCell(2)), "the workbook shows the provisional mark");
        assertEquals("#,##0", format(el.getCell(3)));
        Row fr = row(s, "FR");
        assertEquals("#,##0\"°\"", format(fr.getCell(2)), "estimated is told apart from provisional");
        Row sum = row(s, "Total");
        assertEquals(110, sum.getCell(2).getNumericCellValue());
        assertEquals("#,##0\"*°\"", format(sum.getCell(2)));
    }

    @Test
    void yearToDateColumnsFinancialTotalsAndChartDataKeepTheirFlags() {
        // Frontex's September 2023 is provisional: the year-to-date figures include it.
        assertEquals(nb("134_081*"), en.cells("t-crossings", "central-mediterranean").get(2).getTextContent());
        assertEquals(nb("285_506*"), en.cells("t-crossings", "total").get(2).getTextContent());
        // Five rows of 2023-Q3 are provisional in financial-investigations.csv: the euro totals include them.
        List<Element> fin = en.cells("t-financial-investigations", "total");
        assertTrue(fin.get(1).getTextContent().endsWith("*"), fin.get(1).getTextContent());
        assertEquals("provisional", fin.get(1).getAttribute("data-flag"));
        assertEquals("provisional", fin.get(2).getAttribute("data-flag"));
        Row total = row(sheet(en, "Financial investigation"), "Total");
        assertEquals("#,##0\"*\"", format(total.getCell(3)), "assets frozen: whole euros with the mark");
        // Chart data carry the flags of their figures.
        Element chart = en.element("c-eurojust");
        boolean flagged = false;
        for (int i = 0; i < chart.getElementsByTagName("td").getLength(); i++) {
            Element td = (Element) chart.getElementsByTagName("td").item(i);
            flagged |= td.getAttribute("data-value").equals("18") && td.getAttribute("data-flag").equals("provisional")
                    && td.getTextContent().equals("18*");
        }
        assertTrue(flagged, "Greece's 18 p in the chart's data");
    }

    // ---------------------------------------------------------------- 2. distinct marks and their legend

    @Test
    void noFigureAndNoBaseHaveTheirOwnMarksExplainedOnEveryTableAndAtTheTop() {
        assertEquals(":", en.cells("t-database-use-other", "BE").get(0).getTextContent(), "no figure reported");
        assertEquals("–", en.cells("t-eurojust", "EL").get(5).getTextContent(), "no base a year earlier");
        assertEquals(nb("* provisional figure, to be revised; ° estimated figure; : no figure reported; – no base for a change"
                + " (no figure for the period compared with); +3, −2: a change over a base below 20, given in numbers rather"
                + " than as a percentage"), en.text("legend"));
        assertEquals("* provisional figure, to be revised; ° estimated figure; – no base for a change (no figure for the period"
                + " compared with); +3, −2: a change over a base below 20, given in numbers rather than as a percentage",
                en.tableLegend("t-eurojust"));
        assertTrue(en.tableLegend("t-database-use-other").contains(": no figure reported"));
        assertEquals("* začasni podatek, ki bo popravljen; ° ocenjeni podatek; – sprememba ni izračunljiva (za primerjalno"
                + " obdobje ni podatka); +3, −2: sprememba glede na osnovo, manjšo od 20, izražena v številu in ne v odstotkih",
                sl.tableLegend("t-eurojust"));
        assertTrue(en.pdf.contains(flat(en.tableLegend("t-eurojust"))), "PDF");
        assertTrue(en.docx.contains(flat(en.tableLegend("t-eurojust"))), "DOCX");
        assertTrue(sheetHasText(sheet(en, "Eurojust"), en.tableLegend("t-eurojust")), "XLSX: the legend under the table");
        assertTrue(sheetHasText(sheet(sl, "Eurojust"), sl.tableLegend("t-eurojust")));
    }

    // ---------------------------------------------------------------- 3. key figures say what they compare

    @Test
    void keyFiguresNameThePeriodComparedWithAndItsFigure() {
        String k = nb("285_506* irregular border crossings, January–September 2023 – +22_%* compared with 233_748 in"
                + " January–September 2022");
        assertEquals(k, en.keyFigures().get(0), "no 'highest since' from a series of two years");
        assertTrue(en.pdf.contains(Editions4.flat(k)), "PDF");
        assertTrue(en.docx.contains(Editions4.flat(k)), "DOCX");
        assertTrue(sheetHasText(sheet(en, "Summary"), k), "XLSX summary");
        assertEquals(nb("285_506* neregularnih prehodov meje, januar–september 2023 – +22_%* v primerjavi z 233_748 v obdobju"
                + " januar–september 2022"), sl.keyFigures().get(0));
    }

    @Test
    void januaryToAugust2023FromTheRealSeriesIsTheHighestSince2016() throws Exception {
        // The seed note: 232 350 (preliminary), +18 %, the most since 2016; the revised series: 230 878, +20 %.
        EditionAnalysis a = Editions4.frontex(tmp.resolve("aug23"), "2023-08", "2023-08", "2023-08");
        Editions4 e = Editions4.render(a, Language.EN);
        String k = nb("230_878 irregular border crossings, January–August 2023 – +20_% compared with 192_001 in"
                + " January–August 2022; the highest since 2016");
        assertEquals(k, e.keyFigures().get(0));
        assertTrue(e.pdf.contains(Editions4.flat(k)), "PDF");
        assertTrue(e.docx.contains(Editions4.flat(k)), "DOCX");
        assertTrue(sheetHasText(sheet(e, "Summary"), k), "XLSX summary");
        assertEquals(nb("230_878 neregularnih prehodov meje, januar–avgust 2023 – +20_% v primerjavi z 192_001 v obdobju"
                + " januar–avgust 2022; največ po letu 2016"), Editions4.render(a, Language.SL).keyFigures().get(0));
    }

    @Test
    void aFallIsTheLowestSinceNeverTheHighest() throws Exception {
        Editions4 q2 = Editions4.render(Editions4.frontex(tmp.resolve("q2-24"), "2024-Q2", "2024-Q2", "2024-06"), Language.EN);
        // The "−29 % …; the highest since 2023": now the lowest since 2021.
        assertEquals(nb("95_293 irregular border crossings, January–June 2024 – −29_% compared with 134_146 in"
                + " January–June 2023; the lowest since 2021"), q2.keyFigures().get(0));
        EditionAnalysis q1 = Editions4.frontex(tmp.resolve("q1-25"), "2025-Q1", "2025-Q1", "2025-03");
        Editions4 e = Editions4.render(q1, Language.EN);
        String k = nb("35_104 irregular border crossings, January–March 2025 – −28_% compared with 48_883 in"
                + " January–March 2024; the lowest since 2021");
        assertEquals(k, e.keyFigures().get(0));
        assertTrue(e.pdf.contains(Editions4.flat(k)), "PDF");
        assertTrue(e.docx.contains(Editions4.flat(k)), "DOCX");
        assertEquals(nb("35_104 neregularni prehodi meje, januar–marec 2025 – −28_% v primerjavi z 48_883 v obdobju"
                + " januar–marec 2024; najmanj po letu 2021"), Editions4.render(q1, Language.SL).keyFigures().get(0));
    }

    // ---------------------------------------------------------------- 4. small bases

    @Test
    void aChangeOverASmallBaseIsADifferenceNotAPercentage() throws Exception {
        List<Element> spain = en.cells("t-eurojust", "ES");
        assertEquals("+2", spain.get(5).getTextContent(), "7 against 5 a year earlier, not +40 %");
        assertEquals("integer", spain.get(5).getAttribute("data-type"));
        Cell x = row(sheet(en, "Eurojust"), "ES").getCell(7);
        assertEquals(2, x.getNumericCellValue());
        assertEquals("\"+\"#,##0;\"−\"#,##0;#,##0", format(x));

        Path b = Editions4.copy("2023-Q3", tmp.resolve("small"));
        Files.writeString(b.resolve("eurojust.csv"), "country;period;new_cases;ongoing_cases;new_jits;ongoing_jits;"
                + "coordination_meetings;flag\nEL;2022-Q3;2;5;0;1;0;\nEL;2023-Q3;3;6;0;1;0;\n");
        EditionAnalysis a = EditionAnalysis.of(Barometer.load(b));
        String k = "3 new migrant smuggling cases at Eurojust, July–September 2023 – up from 2 in July–September 2022";
        Editions4 e = Editions4.render(a, Language.EN);
        assertTrue(e.keyFigures().contains(k), e.keyFigures().toString());
        assertTrue(e.pdf.contains(Editions4.flat(k)), "PDF");
        assertTrue(e.docx.contains(Editions4.flat(k)), "DOCX");
        assertTrue(Editions4.render(a, Language.SL).keyFigures().contains(
                "3 nove zadeve tihotapljenja migrantov pri Eurojustu, julij–september 2023 – povečanje z 2 v obdobju"
                        + " julij–september 2022"));

        // The threshold is a setting of the template set: with small-base=0 every change is a percentage.
        Path set = tmp.resolve("set-small");
        TemplateSet.builtIn().copyTo(set);
        Editions4.replace(set.resolve("template-set.properties"), "small-base=20", "small-base=0");
        assertTrue(Editions4.render(TemplateSet.fromFolder(set), a, Language.EN).keyFigures().contains(nb(
                "3 new migrant smuggling cases at Eurojust, July–September 2023 – +50_% compared with 2 in July–September 2022")));
    }

    // ---------------------------------------------------------------- 5. stale data

    @Test
    void staleDataSaysItIsTheLatestAvailable() throws Exception {
        Path b = Editions4.copy("2023-Q3", tmp.resolve("stale"));
        Path csv = b.resolve("eurojust.csv");
        Files.write(csv, Files.readAllLines(csv).stream().filter(l -> !l.contains(";2023-Q3;")).collect(Collectors.toList()));

        EditionAnalysis a = EditionAnalysis.of(Barometer.load(b));
        Editions4 e = Editions4.render(a, Language.EN);
        String k = e.keyFigures().stream().filter(f -> f.contains("Eurojust")).findFirst().orElseThrow();
        assertTrue(k.contains("new migrant smuggling cases at Eurojust, latest available: April–June 2023 – "), k);
        String note = "No figures were received for July–September 2023; the figures shown are the latest available, for"
                + " April–June 2023.";
        assertTrue(e.text("s-eurojust").contains("Action III.2 · latest available: April–June 2023"), e.text("s-eurojust"));
        assertTrue(e.text("s-eurojust").contains(note));
        assertTrue(e.pdf.contains(Editions4.flat(note)), "PDF");
        assertTrue(e.docx.contains(Editions4.flat(note)), "DOCX");
        assertTrue(sheetHasText(sheet(e, "Summary"), k), "XLSX summary");
        Editions4 s = Editions4.render(a, Language.SL);
        assertTrue(s.text("s-eurojust").contains("Za obdobje julij–september 2023 ni bilo prejetih podatkov; prikazani so zadnji"
                + " razpoložljivi podatki, za obdobje april–junij 2023."));
        assertTrue(s.keyFigures().stream().anyMatch(f -> f.contains("zadnji razpoložljivi podatki: april–junij 2023")));
    }

    // ---------------------------------------------------------------- 6. the workbook shows what the document shows

    @Test
    void theWorkbookStoresExactValuesWithTheDocumentsDigits() {
        // Greece's share of new cases: 18 of 110, shown as 16 %*° (a share of a total that includes a provisional
        // and an estimated figure); stored exactly, not rounded to 4 decimals.
        assertEquals(nb("16_%*°"), en.cells("t-eurojust", "EL").get(6).getTextContent());
        Cell share = row(sheet(en, "Eurojust"), "EL").getCell(8);
        assertEquals(18.0 / 110, share.getNumericCellValue(), 0);
        assertEquals("0\"\u00A0\"%\"*°\"", format(share));
        // Euro amounts: the document shows whole euros, the workbook stores cents and shows whole euros.
        Element frozen = en.cells("t-financial-investigations", "total").get(1);
        Cell cell = row(sheet(en, "Financial investigation"), "Total").getCell(3);
        assertEquals(new BigDecimal(frozen.getAttribute("data-value")).doubleValue(), cell.getNumericCellValue(), 0);
        assertTrue(frozen.getAttribute("data-value").matches("\\d+\\.\\d\\d"), "cents kept: " + frozen.getAttribute("data-value"));
        assertEquals("0", frozen.getAttribute("data-decimals"));
        assertEquals("#,##0\"*\"", format(cell));
        // A change with one decimal: the document's decimals, its sign and its space before %.
        Element change = en.cells("t-crossings", "eastern-borders").get(3);
        assertEquals(nb("−5.8_%*"), change.getTextContent());
        assertEquals("1", change.getAttribute("data-decimals"));
    }

    // ---------------------------------------------------------------- 7. number style of the style guide

    @Test
    void numbersFollowTheStyleGuideInEveryLanguageWithTheEnglishCommasAsAnOption() throws Exception {
        assertTrue(en.keyFigures().get(0).startsWith(nb("285_506*")), "a space between thousands in English too");
        EditionAnalysis q3 = EditionAnalysis.of(Barometer.load(Editions4.copy("2023-Q3", tmp.resolve("style"))));
        Path set = tmp.resolve("set-commas");
        TemplateSet.builtIn().copyTo(set);
        Editions4.replace(set.resolve("template-set.properties"), "number-style=style-guide", "number-style=english-commas");
        Editions4 commas = Editions4.render(TemplateSet.fromFolder(set), q3, Language.EN);
        String k = "285,506* irregular border crossings, January–September 2023 – +22%* compared with 233,748 in"
                + " January–September 2022";
        assertEquals(k, commas.keyFigures().get(0));
        assertTrue(commas.pdf.contains(Editions4.flat(k)), "PDF");
        assertTrue(commas.docx.contains(Editions4.flat(k)), "DOCX");
        assertEquals("0%\"*\"", format(row(sheet(commas, "Eurojust"), "EL").getCell(8)), "no space before % in that style");
        // Irish and Maltese write a decimal point, the other languages a decimal comma.
        assertTrue(Editions4.render(q3, Language.GA).keyFigures().get(4).contains(nb("+8.3_%*")));
        assertTrue(Editions4.render(q3, Language.DE).keyFigures().get(4).contains(nb("+8,3_%*")));

        Editions4.replace(set.resolve("template-set.properties"), "number-style=english-commas", "number-style=british");
        RenderException bad = assertThrows(RenderException.class, () -> TemplateSet.fromFolder(set));
        assertEquals("template-set.properties:" + lineOf(set.resolve("template-set.properties"), "number-style=")
                + ":14: number-style=british is not a number style; expected style-guide (the EU Interinstitutional Style"
                + " Guide) or english-commas", bad.problems().get(0).toString());
    }

    private static int lineOf(Path file, String start) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }
}
