package eu.barometer.templates.text;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.problem.ProblemCollector;
import eu.barometer.core.reference.Language;
import eu.barometer.core.text.Narrative;
import eu.barometer.core.text.NarrativeReader;
import eu.barometer.core.text.Part;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.Renderers;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden tests of the Markdown mapping: one summary text with every construct of the subset,
 * rendered in each format and read back (XHTML tree, PDF text with PDFBox, DOCX and XLSX with POI).
 * The edition is the 2023-Q3 sample with only this text, written in English: the Slovenian
 * edition shows it marked as original language.
 */
class NarrativeRenderingTest {

    static final String MARKDOWN = String.join("\n",
            "Detections reached {{border-crossings.ytd}} ({{border-crossings.change-ytd}}), *mostly* on the",
            "**{{border-crossings.top-route}}**.[^f]",
            "",
            "## Cooperation",
            "",
            "- Eurojust: {{eurojust.new-cases}} new cases",
            "- see [Europol](https://www.europol.europa.eu)",
            "",
            "3. third",
            "4. fourth",
            "",
            "> Networks remain active.",
            "",
            "[^f]: Frontex, *preliminary*.",
            "");

    private static final EditionAnalysis ANALYSIS = analysis();

    private static EditionAnalysis analysis() {
        try {
            ProblemCollector problems = new ProblemCollector(10);
            var text = NarrativeReader.parse(Part.SUMMARY, Language.EN, "text/summary.en.md", MARKDOWN, problems);
            assertEquals(List.of(), problems.sorted());
            var edition = Barometer.load(Path.of(System.getProperty("barometer.samples", "../samples")).resolve("2023-Q3"));
            return EditionAnalysis.of(edition.withNarrative(Narrative.of(List.of(text))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] render(OutputFormat f, Language l) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.forFormat(f, TemplateSet.builtIn()).render(ANALYSIS, l, RenderOptions.DEFAULT, out);
        return out.toByteArray();
    }

    /** The narrative div of the XHTML as compact markup (elements with their classes and hrefs, text). */
    private static String narrative(Language l) throws Exception {
        XhtmlDocument x = TemplateSet.builtIn().toXhtml(ANALYSIS, l, RenderOptions.DEFAULT);
        Element div = find(x.dom().getDocumentElement(), "narrative-summary");
        StringBuilder b = new StringBuilder();
        markup(div, b);
        return b.toString();
    }

    private static Element find(Element e, String cls) {
        if (e.getAttribute("class").contains(cls)) {
            return e;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                Element f = find(c, cls);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static void markup(Node n, StringBuilder b) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                b.append('<').append(e.getLocalName());
                for (String a : List.of("class", "href", "start", "lang", "data-value", "data-flag")) {
                    if (e.hasAttribute(a)) {
                        b.append(' ').append(a).append("=\"").append(e.getAttribute(a)).append('"');
                    }
                }
                b.append('>');
                markup(e, b);
                b.append("</").append(e.getLocalName()).append('>');
            } else if (c.getNodeType() == Node.TEXT_NODE && !c.getNodeValue().isBlank()) {
                b.append(c.getNodeValue().replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void xhtmlCarriesEveryConstructAsTheSubsetsElementsWithFiguresInTheEditionsStyle() throws Exception {
        assertEquals("<p>Detections reached <span class=\"figure\" data-value=\"285506\" data-flag=\"provisional\">285\u00A0506*</span>"
                + " (<span class=\"figure\" data-value=\"0.2214\" data-flag=\"provisional\">+22\u00A0%*</span>), <em>mostly</em> on the "
                + "<strong><span class=\"figure\" data-value=\"central-mediterranean\">Central Mediterranean route</span></strong>."
                + "<span class=\"footnote\">Frontex, <em>preliminary</em>.</span></p>"
                + "<h2>Cooperation</h2>"
                + "<ul><li><p>Eurojust: <span class=\"figure\" data-value=\"110\" data-flag=\"provisional\">110*</span> new cases</p></li>"
                + "<li><p>see <a href=\"https://www.europol.europa.eu\">Europol</a></p></li></ul>"
                + "<ol start=\"3\"><li><p>third</p></li><li><p>fourth</p></li></ol>"
                + "<blockquote><p>Networks remain active.</p></blockquote>", narrative(Language.EN));
    }

    @Test
    void aTextMissingInTheEditionsLanguageIsShownMarkedWithItsOriginalLanguage() throws Exception {
        String sl = narrative(Language.SL);
        assertTrue(sl.startsWith("<p class=\"note original-language\">(izvirni jezik: EN)</p><p>Detections reached "
                + "<span class=\"figure\" data-value=\"285506\" data-flag=\"provisional\">285\u00a0506*</span>"), sl);
    }

    @Test
    void pdfShowsTheTextInReadingOrderUnderTheSummaryHeading() throws Exception {
        String text = pdfText(Language.EN);
        for (String line : List.of("Summary", "Detections reached 285 506* (+22 %*), mostly on the Central Mediterranean route.1",
                "Cooperation", "Eurojust: 110* new cases", "see Europol", "3. third", "4. fourth", "Networks remain active.",
                "1 Frontex, preliminary.")) {
            assertTrue(text.contains("\n" + line + "\n"), () -> "a line '" + line + "' in\n" + text);
        }
        assertTrue(text.indexOf("\nSummary\n") < text.indexOf("\nCooperation\n")
                && text.indexOf("\nCooperation\n") < text.indexOf("\nNetworks remain active.\n"), "in reading order");
        String sl = pdfText(Language.SL);
        assertTrue(sl.contains("\nPovzetek\n(izvirni jezik: EN)\nDetections reached 285 506* (+22 %*)"), sl);
    }

    /** The PDF's text line by line, sorted by position, with spaces normalised. */
    private static String pdfText(Language l) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(OutputFormat.PDF, l))) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return "\n" + s.getText(pdf).replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" ?\r?\n ?", "\n");
        }
    }

    @Test
    void docxUsesRealStylesListsQuotesAndWordFootnotes() throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(render(OutputFormat.DOCX, Language.EN)))) {
            List<XWPFParagraph> ps = d.getParagraphs();
            int start = -1;
            for (int i = 0; i < ps.size(); i++) {
                if (ps.get(i).getText().startsWith("Detections reached")) {
                    start = i;
                }
            }
            assertTrue(start > 0, "the text is in the document");
            List<String> got = new ArrayList<>();
            for (int i = start - 1; i <= start + 6; i++) {
                XWPFParagraph p = ps.get(i);
                // POI writes a footnote reference into the text as "[footnoteRef:3] [3: …]".
                got.add(p.getStyle() + (isNumbered(p) ? "#" : "") + ": "
                        + p.getText().replaceAll("\\[footnoteRef:\\d+\\] \\[\\d+:[^\\]]*\\] ?", ""));
            }
            assertEquals(List.of(
                    "Heading1: Summary",
                    "Normal: Detections reached 285\u00A0506* (+22\u00A0%*), mostly on the Central Mediterranean route.",
                    "Heading2: Cooperation",
                    "ListParagraph#: Eurojust: 110* new cases",
                    "ListParagraph#: see Europol",
                    "ListParagraph#: third",
                    "ListParagraph#: fourth",
                    "Quote: Networks remain active."), got);
            XWPFParagraph first = ps.get(start);
            assertTrue(first.getRuns().stream().anyMatch(r -> r.isItalic() && r.text().equals("mostly")), "emphasis is italic");
            assertTrue(first.getRuns().stream().anyMatch(r -> r.isBold() && r.text().contains("Central Mediterranean route")),
                    "strong is bold");
            List<String> notes = new ArrayList<>();
            for (XWPFFootnote fn : d.getFootnotes()) {
                notes.add(fn.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat).strip());
            }
            assertTrue(notes.contains("Frontex, preliminary."), notes.toString());
            assertTrue(isNumbered(ps.get(start + 4)));
            assertTrue(!ps.get(start + 2).getNumID().equals(ps.get(start + 4).getNumID()), "bullets and numbers are two lists");
        }
    }

    /** A paragraph in a list (numId 0 switches numbering off, as for unnumbered headings). */
    private static boolean isNumbered(XWPFParagraph p) {
        return p.getNumID() != null && p.getNumID().signum() != 0;
    }

    @Test
    void xlsxPutsTheTextOnATextSheetWithItsFootnotes() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(render(OutputFormat.XLSX, Language.SL)))) {
            XSSFSheet s = wb.getSheet("Besedilo");
            assertTrue(s != null, "a sheet named by the template's sheet.text");
            assertEquals(1, wb.getSheetIndex(s), "right after the summary sheet");
            List<String> rows = new ArrayList<>();
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                var row = s.getRow(r);
                rows.add(row == null || row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue());
            }
            assertEquals(List.of("Povzetek", "(izvirni jezik: EN)",
                    "Detections reached 285\u00a0506* (+22\u00a0%*), mostly on the Osrednjesredozemska pot.¹",
                    "Cooperation", "• Eurojust: 110* new cases", "• see Europol", "3. third", "4. fourth",
                    "“Networks remain active.”", "¹ Frontex, preliminary."), rows);
        }
    }

    @Test
    void htmlNumbersTheFootnoteAndLinksIt() throws Exception {
        String html = new String(render(OutputFormat.HTML, Language.EN), StandardCharsets.UTF_8);
        int at = html.indexOf("Detections reached");
        String part = html.substring(at, html.indexOf("</blockquote>", at));
        assertTrue(part.contains("class=\"footnote-ref\""), part);
        assertTrue(html.contains("Frontex, <em>preliminary</em>."), "the footnote keeps its emphasis");
    }
}
