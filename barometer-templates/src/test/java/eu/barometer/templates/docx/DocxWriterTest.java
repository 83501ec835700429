package eu.barometer.templates.docx;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.TemplateProblem;
import eu.barometer.templates.XhtmlDocument;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxWriterTest {

    private static String fixture;
    private static XhtmlDocument xhtml;
    private static byte[] docx;
    private static XWPFDocument doc;

    @BeforeAll
    static void renderFixture() throws Exception {
        fixture = resource("/docx/fixture.xhtml");
        xhtml = XhtmlDocument.parse("fixture.xhtml", Language.EN, fixture);
        docx = DocxAssertions.write(xhtml);
        doc = DocxAssertions.read(docx);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(DocxWriterTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static XWPFParagraph paragraph(String startsWith) {
        return doc.getParagraphs().stream()
                .filter(p -> p.getStyle() == null || !p.getStyle().startsWith("TOC") || p.getStyle().equals("TOCHeading"))
                .filter(p -> p.getText().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting with " + startsWith));
    }

    private static XWPFParagraph heading(String text) {
        return doc.getParagraphs().stream()
                .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading") && p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no heading " + text));
    }

    @Test
    void aHeadingWithoutTypedNumberIsKeptOutOfTheNumberingAndWithoutAReferenceListTheTypedNumberStays() throws Exception {
        String x = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title></head><body>"
                + "<h1 id=\"k\">Key figures</h1><h1 id=\"c\"><span class=\"heading-number\">1.</span> Crossings</h1></body></html>";
        XWPFDocument d = DocxAssertions.read(DocxAssertions.write(XhtmlDocument.parse("t.xhtml", Language.EN, x)));
        List<XWPFParagraph> h = d.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).toList();
        assertEquals(List.of("Key figures", "Crossings"), h.stream().map(XWPFParagraph::getText).toList());
        assertEquals(BigInteger.ZERO, h.get(0).getCTP().getPPr().getNumPr().getNumId().getVal(), "numId 0: no number");
        assertFalse(h.get(1).getCTP().getPPr().isSetNumPr());
    }

    private static String documentXml() {
        return doc.getDocument().xmlText();
    }

    @Test
    void headingsUseHeadingStylesByLevelAndWordNumbersThem() {
        assertEquals("Heading1", heading("Irregular border crossings").getStyle());
        assertEquals("Heading2", heading("Routes").getStyle());
        assertEquals("Heading3", heading("Detail").getStyle());
        assertEquals("Heading1", heading("Eurojust support").getStyle());
        // The typed numbers (span.heading-number) are left out: the heading styles carry Word's multilevel list.
        for (String text : List.of("Irregular border crossings", "Routes", "Detail", "Eurojust support")) {
            assertFalse(heading(text).getCTP().getPPr().isSetNumPr(), text + ": numbered through its style");
        }
        var numbering = doc.getNumbering();
        for (int level = 1; level <= 3; level++) {
            var ppr = doc.getStyles().getStyle("Heading" + level).getCTStyle().getPPr();
            BigInteger numId = ppr.getNumPr().getNumId().getVal();
            int ilvl = ppr.getNumPr().isSetIlvl() ? ppr.getNumPr().getIlvl().getVal().intValue() : 0;
            assertEquals(level - 1, ilvl, "Heading " + level);
            var lvl = numbering.getAbstractNum(numbering.getAbstractNumID(numId)).getCTAbstractNum().getLvlArray(ilvl);
            assertEquals("Heading" + level, lvl.getPStyle().getVal(), "the list level names its heading style");
            assertEquals(List.of("%1.", "%1.%2.", "%1.%2.%3.").get(level - 1), lvl.getLvlText().getVal());
            assertEquals("decimal", lvl.getNumFmt().getVal().toString());
        }
        assertEquals("Title", paragraph("NOTE").getStyle());
        assertEquals("Normal", paragraph("From January to September 2023").getStyle());
        assertEquals("Note", paragraph("Figures are rounded.").getStyle());
        assertEquals("Caption", paragraph("Table 1: Eurojust support").getStyle());
        assertEquals("Caption", paragraph("Figure 1: Detections by route").getStyle());
    }

    @Test
    void referenceDocumentHoldsEveryStyleTheWriterUses() throws IOException {
        for (String style : DocxBuild.REQUIRED_STYLES) {
            assertTrue(doc.getStyles().styleExist(style), style);
        }
        assertTrue(stylesXml(doc).contains("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""),
                "a font with Greek and Cyrillic that every Windows and Office has");
    }

    @Test
    void referenceDocxIsWhatItsGeneratorWrites() throws IOException {
        try (InputStream in = DocxWriter.class.getResourceAsStream(DocxWriter.DEFAULT_REFERENCE)) {
            assertNotNull(in);
            assertArrayEquals(ReferenceDocxGenerator.bytes(), in.readAllBytes(),
                    "reference.docx differs from ReferenceDocxGenerator: run it, or drop this test if the file was restyled in Word");
        }
    }

    @Test
    void footnotesAreRealFootnotesCitingTheSources() {
        List<XWPFFootnote> notes = doc.getFootnotes().stream()
                .filter(n -> n.getCTFtnEdn().getType() == null || n.getCTFtnEdn().getType().toString().equals("normal"))
                .toList();
        assertEquals(2, notes.size());
        String first = notes.get(0).getParagraphs().get(0).getText();
        assertTrue(first.contains("Frontex, figures as of 9 October 2023"), first);
        assertEquals("FootnoteText", notes.get(0).getParagraphs().get(0).getStyle());
        assertTrue(notes.get(1).getParagraphs().get(0).getText().contains("Eurojust, figures as of 5 October 2023"));
        String body = documentXml();
        assertTrue(body.contains("w:footnoteReference w:id=\"" + notes.get(0).getId() + "\""), "reference in the text");
        assertTrue(body.contains("w:footnoteReference w:id=\"" + notes.get(1).getId() + "\""));
        assertFalse(text(paragraph("From January to September 2023")).contains("Frontex, figures as of"),
                "footnote text stays out of the paragraph");
    }

    @Test
    void headerAndFooterHoldTheMarkingAndPageFields() {
        assertEquals(1, doc.getHeaderList().size());
        assertEquals(1, doc.getFooterList().size());
        assertTrue(doc.getHeaderList().get(0).getText().contains("LIMITE"));
        assertEquals("Header", doc.getHeaderList().get(0).getParagraphs().get(0).getStyle());
        var footer = doc.getFooterList().get(0);
        assertTrue(footer.getText().contains("LIMITE"));
        assertEquals("Footer", footer.getParagraphs().get(0).getStyle());
        String xml = footer._getHdrFtr().xmlText();
        assertTrue(xml.matches("(?s).*<w:instrText[^>]*> PAGE .*"), "PAGE field");
        assertTrue(xml.matches("(?s).*<w:instrText[^>]*> NUMPAGES .*"), "NUMPAGES field");
        assertEquals(4, count(xml, "w:fldCharType=\"begin\"") + count(xml, "w:fldCharType=\"end\""));
        assertTrue(xml.contains("w:rStyle w:val=\"Marking\""));
        assertNotNull(doc.getHeaderFooterPolicy().getDefaultHeader(), "the header is on every page");
        assertNotNull(doc.getHeaderFooterPolicy().getDefaultFooter());
    }

    @Test
    void dataTablesRepeatTheirHeaderRowsAndAlignNumbersRight() {
        XWPFTable table = dataTable();
        assertEquals("BarometerTable", table.getStyleID());
        assertEquals(2 + 31 + 1, table.getNumberOfRows());
        assertTrue(table.getRow(0).isRepeatHeader());
        assertTrue(table.getRow(1).isRepeatHeader());
        assertFalse(table.getRow(2).isRepeatHeader());
        assertEquals(2, table.getRow(0).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue(), "colspan=2");
        assertEquals("TableHeadingNumber", table.getRow(0).getCell(1).getParagraphs().get(0).getStyle());
        XWPFTableRow greece = table.getRows().stream().filter(r -> r.getCell(0).getText().equals("Greece")).findFirst().orElseThrow();
        assertEquals("TableText", greece.getCell(0).getParagraphs().get(0).getStyle());
        assertEquals("TableNumber", greece.getCell(1).getParagraphs().get(0).getStyle());
        assertEquals("31", greece.getCell(1).getText());
        assertFalse(table.getCTTbl().getTblPr().isSetTblBorders(), "borders come from the table style");
    }

    @Test
    void rowSpansInTheHeadBecomeVerticallyMergedCells() {
        XWPFTable table = dataTable();
        var first = table.getRow(0).getCell(0).getCTTc().getTcPr().getVMerge();
        var below = table.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge();
        assertEquals("restart", first.getVal().toString());
        assertTrue(below.getVal() == null || below.getVal().toString().equals("continue"));
        assertEquals("New", table.getRow(1).getCell(1).getText());
    }

    private static XWPFTable dataTable() {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("State")).findFirst().orElseThrow();
    }

    @Test
    void councilHeaderIsABorderlessLayoutTable() {
        XWPFTable header = doc.getTables().get(0);
        assertEquals("LayoutTable", header.getStyleID());
        assertEquals("Council of the European Union", header.getRow(0).getCell(0).getText());
        assertEquals("CouncilHeader", header.getRow(0).getCell(0).getParagraphs().get(0).getStyle());
        XWPFTable fromTo = doc.getTables().get(1);
        assertEquals("CouncilHeaderLabel", fromTo.getRow(0).getCell(0).getParagraphs().get(0).getStyle());
        assertEquals("Presidency", fromTo.getRow(0).getCell(1).getText());
    }

    @Test
    void figuresInTheTablesMatchTheXhtml() {
        DocxAssertions.assertTablesMatch(xhtml, doc);
    }

    @Test
    void figuresInTheTextMatchTheXhtml() {
        assertEquals("From January to September 2023 Frontex recorded 232,350 irregular border crossings, 18% more than in "
                + "2022 and the most since 2016. The Central Mediterranean route accounted for about half of all detections (+96%).",
                text(paragraph("From January")));
        assertEquals("Eurojust supported 242 new cases.", text(paragraph("Eurojust supported")));
        var bold = paragraph("From January").getRuns().stream().filter(r -> r.isBold()).map(r -> r.text()).toList();
        assertEquals(List.of("232,350"), bold);
    }

    @Test
    void linksBecomeHyperlinks() throws Exception {
        XWPFParagraph p = paragraph("See");
        String xml = p.getCTP().xmlText();
        assertTrue(xml.contains("w:anchor=\"x_t_eurojust\""), xml);
        assertTrue(java.util.stream.StreamSupport.stream(doc.getPackagePart().getRelationships().spliterator(), false)
                .anyMatch(r -> r.getTargetURI().toString().equals("https://www.frontex.europa.eu/")));
        assertTrue(documentXml().contains("w:name=\"x_s_crossings\""), "headings carry bookmarks");
        assertTrue(documentXml().contains("w:name=\"x_t_eurojust\""), "so do table captions");
        assertTrue(documentXml().contains("w:name=\"x_c_crossings\""), "and figure captions");
        assertTrue(p.getText().startsWith("See Frontex and the Eurojust table."), p.getText());
    }

    @Test
    void inlineFormattingBecomesRunFormatting() {
        XWPFParagraph p = paragraph("See");
        assertTrue(p.getRuns().stream().anyMatch(r -> r.text().equals("2") && r.getVerticalAlignment().toString().equals("subscript")));
        assertTrue(p.getRuns().stream().anyMatch(r -> r.text().equals("3") && r.getVerticalAlignment().toString().equals("superscript")));
        assertTrue(p.getCTP().xmlText().contains("<w:br/>"), "line break");
        assertTrue(paragraph("From January").getRuns().stream().anyMatch(r -> r.isItalic() && r.text().equals("18%")));
    }

    @Test
    void listsUseRealNumbering() {
        XWPFParagraph bullet = paragraph("Central Mediterranean: +96%");
        XWPFParagraph nested = paragraph("of which Serbia");
        XWPFParagraph numbered = paragraph("Member States share information");
        XWPFParagraph numbered2 = paragraph("Frontex, Europol, Eurojust and EUAA");
        assertNotNull(bullet.getNumID());
        assertEquals(bullet.getNumID(), nested.getNumID());
        assertEquals(0, bullet.getNumIlvl().intValue());
        assertEquals(1, nested.getNumIlvl().intValue());
        assertEquals(numbered.getNumID(), numbered2.getNumID());
        assertFalse(bullet.getNumID().equals(numbered.getNumID()));
        assertEquals("bullet", bullet.getNumFmt());
        assertEquals("decimal", numbered.getNumFmt());
        assertEquals("ListParagraph", bullet.getStyle());
    }

    @Test
    void pageBreaksAndTableOfContents() {
        String xml = documentXml();
        assertEquals(2, count(xml, "w:type=\"page\""));
        assertTrue(xml.matches("(?s).*<w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/>.*"), "TOC field is dirty");
        assertTrue(xml.contains(" TOC \\o \"1-3\" \\h \\z \\u "));
        assertEquals("TOCHeading", paragraph("Contents").getStyle());
        assertTrue(doc.getParagraphs().stream().anyMatch(p -> "TOC2".equals(p.getStyle()) && p.getText().equals("1.1. Routes")),
                "the field shows the headings until Word updates it");
    }

    @Test
    void chartsAreNativeChartsWithTheFiguresData() throws Exception {
        List<XWPFChart> charts = doc.getCharts();
        assertEquals(2, charts.size());
        XDDFChartData line = charts.get(0).getChartSeries().get(0);
        assertInstanceOf(XDDFLineChartData.class, line);
        assertEquals(3, line.getSeriesCount());
        XDDFChartData.Series wb = line.getSeries(0);
        assertEquals(9, wb.getCategoryData().getPointCount());
        assertEquals("Jan 2023", wb.getCategoryData().getPointAt(0));
        assertEquals(2800.0, wb.getValuesData().getPointAt(0).doubleValue());
        assertEquals(22100.0, line.getSeries(1).getValuesData().getPointAt(7).doubleValue());
        assertEquals("Central Mediterranean", charts.get(0).getWorkbook().getSheetAt(0).getRow(0).getCell(2).getStringCellValue(),
                "the embedded workbook holds the data");

        XDDFChartData bar = charts.get(1).getChartSeries().get(0);
        assertInstanceOf(XDDFBarChartData.class, bar);
        assertEquals(BarDirection.BAR, ((XDDFBarChartData) bar).getBarDirection());
        assertEquals(31.0, bar.getSeries(0).getValuesData().getPointAt(0).doubleValue());

        for (XWPFChart chart : charts) {
            String xml = chart.getCTChartSpace().xmlText();
            assertTrue(xml.contains("<a:srgbClr"), "series have explicit colours (LibreOffice draws them invisible otherwise)");
            assertTrue(xml.contains("<c:legend>"));
            assertTrue(xml.contains("<c:title>"), "axis titles");
        }
        String body = documentXml();
        assertTrue(body.contains("descr=\"Line chart of monthly detections"), "alt text");
        assertTrue(body.contains("descr=\"Horizontal bar chart"));
    }

    @Test
    void documentPropertiesCarryTitleSubjectLanguageAndMarking() throws IOException {
        var core = doc.getProperties().getCoreProperties();
        assertEquals("Schengen Barometer+ 2023-Q3", core.getTitle());
        assertTrue(core.getSubject().startsWith("General state of the Schengen area"));
        assertTrue(core.getKeywords().contains("Frontex"));
        assertEquals("en-GB", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
        var custom = doc.getProperties().getCustomProperties();
        assertEquals("LIMITE", custom.getProperty("Marking").getLpwstr());
        assertEquals("13901/23", custom.getProperty("Document number").getLpwstr());
        assertTrue(stylesXml(doc).contains("w:lang w:val=\"en-GB\""));
    }

    @Test
    void proofingLanguageFollowsTheEdition() throws Exception {
        for (Language l : List.of(Language.EL, Language.BG, Language.SL)) {
            XhtmlDocument x = XhtmlDocument.parse("fixture.xhtml", l, fixture.replace("lang=\"en\"", "lang=\"" + l.code() + "\""));
            XWPFDocument d = DocxAssertions.read(DocxAssertions.write(x));
            String styles = stylesXml(d);
            assertTrue(styles.contains("w:lang w:val=\"" + l.code() + "-"), l + ": " + styles.substring(0, 600));
        }
    }

    @Test
    void anElementOutsideTheSubsetFailsWithItsLine() {
        String bad = fixture.replace("<h3 id=\"s-detail\"><span class=\"heading-number\">1.1.1.</span> Detail</h3>", "<h4>Detail</h4>\n<blink>now</blink>");
        int line = lineOf(bad, "<blink>");
        RenderException e = assertThrows(RenderException.class, () -> DocxAssertions.write(XhtmlDocument.parse("f", Language.EN, bad)));
        List<TemplateProblem> problems = e.problems();
        assertEquals(2, problems.size(), problems.toString());
        TemplateProblem blink = problems.stream().filter(p -> p.message().contains("<blink>")).findFirst().orElseThrow();
        assertEquals("test.xhtml", blink.template());
        assertEquals(line, blink.line());
        assertTrue(blink.message().contains("not in the XHTML subset"), blink.message());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("<h4>") && p.line() == line - 1));
    }

    @Test
    void forbiddenAttributesAndPlacesAreProblemsToo() {
        String bad = fixture
                .replace("<a href=\"https://www.frontex.europa.eu/\">", "<a href=\"javascript:alert(1)\">")
                .replace("<td class=\"num\" data-value=\"31\" data-type=\"integer\">31</td>", "<td class=\"num\" rowspan=\"2\">31</td>")
                .replace("<p class=\"note\">Figures are rounded.</p>", "<p class=\"note\">Figures <p>nested</p> are rounded.</p>");
        RenderException e = assertThrows(RenderException.class, () -> DocxAssertions.write(XhtmlDocument.parse("f", Language.EN, bad)));
        String all = e.problems().stream().map(TemplateProblem::toString).collect(Collectors.joining("\n"));
        assertTrue(all.contains("javascript:alert(1)"), all);
        assertTrue(all.contains("rowspan is allowed in <thead> only"), all);
        assertTrue(all.contains("<p> cannot be inside a paragraph"), all);
        assertTrue(e.problems().stream().allMatch(p -> p.line() > 0), all);
    }

    @Test
    void writingIsRepeatableToTheByte() throws Exception {
        byte[] again = DocxAssertions.write(xhtml);
        assertArrayEquals(docx, again, "the same XHTML gives the same .docx");
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(again))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(DocxBuild.FIXED_TIME, e.getTime(), e.getName() + " is not stamped with the time of writing");
            }
        }
        assertEquals(2, DocxAssertions.read(again).getFootnotes().stream().filter(n -> n.getId().signum() > 0).count());
    }

    /** The text of a paragraph as Word shows it, without POI's footnote markers. */
    static String text(XWPFParagraph p) {
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(p.getCTP().xmlText());
        while (m.find()) {
            b.append(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return b.toString();
    }

    private static String stylesXml(XWPFDocument d) throws IOException {
        try (InputStream in = d.getStyles().getPackagePart().getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int lineOf(String text, String what) {
        int at = text.indexOf(what);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
