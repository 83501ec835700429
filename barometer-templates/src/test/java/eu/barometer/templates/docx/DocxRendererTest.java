package eu.barometer.templates.docx;

import eu.barometer.templates.xhtml.Subset;
import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.Renderers;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Word edition of the 2023-Q3 sample, in a Latin, a Cyrillic and a Greek language, against its XHTML. */
class DocxRendererTest {

    private static EditionAnalysis q3;

    @BeforeAll
    static void loadSample() throws Exception {
        q3 = EditionAnalysis.of(Barometer.load(Path.of(System.getProperty("barometer.samples", "../samples")).resolve("2023-Q3")));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "SL", "BG", "EL"})
    void wordEditionOfTheSampleMatchesItsXhtml(Language language) throws Exception {
        EditionRenderer renderer = Renderers.forFormat(OutputFormat.DOCX, TemplateSet.builtIn());
        assertEquals(OutputFormat.DOCX, renderer.format());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(q3, language, RenderOptions.DEFAULT, out);
        Path dir = Files.createDirectories(Path.of("target", "editions"));
        Files.write(dir.resolve(OutputFormat.DOCX.fileName("2023-Q3", language.code())), out.toByteArray());

        XhtmlDocument x = TemplateSet.builtIn().toXhtml(q3, language, RenderOptions.DEFAULT);
        XWPFDocument d = DocxAssertions.read(out.toByteArray());

        DocxAssertions.assertTablesMatch(x, d);
        List<Element> headings = elements(x, "h1").stream().filter(e -> !Subset.hasClass(e, "toc-title")).toList();
        assertEquals(headings.size(), styled(d, "Heading1").size(), "one Heading 1 per <h1> outside the contents");
        // Word numbers the headings: their typed numbers (span.heading-number) are not in the text.
        List<String> h1 = headings.stream().map(DocxRendererTest::withoutTypedNumber).toList();
        assertEquals(h1, styled(d, "Heading1").stream().map(XWPFParagraph::getText).toList());
        assertEquals(spans(x, "footnote").size(), d.getFootnotes().stream().filter(n -> n.getId().signum() > 0).count(),
                "one Word footnote per span.footnote");
        assertTrue(d.getFooterList().get(0).getText().contains(x.dom().getElementsByTagName("title").getLength() > 0
                ? "13901/23" : ""), "the footer carries the document number");

        List<Element> figures = new ArrayList<>();
        for (Element f : elements(x, "figure")) {
            if (Subset.hasClass(f, "chart")) {
                figures.add(f);
            }
        }
        List<XWPFChart> charts = chartsInOrder(d);
        assertEquals(figures.size(), charts.size(), "one native chart per chart figure");
        for (int i = 0; i < charts.size(); i++) {
            Element table = (Element) figures.get(i).getElementsByTagNameNS(DocxBuild.XHTML_NS, "table").item(0);
            NodeList rows = ((Element) table.getElementsByTagNameNS(DocxBuild.XHTML_NS, "tbody").item(0))
                    .getElementsByTagNameNS(DocxBuild.XHTML_NS, "tr");
            XDDFChartData data = charts.get(i).getChartSeries().get(0);
            for (int s = 0; s < data.getSeriesCount(); s++) {
                for (int r = 0; r < rows.getLength(); r++) {
                    Element cell = DocxBuild.elements((Element) rows.item(r)).get(s + 1);
                    Number shown = data.getSeries(s).getValuesData().getPointAt(r);
                    if (cell.hasAttribute("data-value")) {
                        assertEquals(Double.parseDouble(cell.getAttribute("data-value")), shown.doubleValue(),
                                "chart " + (i + 1) + " series " + (s + 1) + " row " + (r + 1));
                    }
                }
            }
        }
        String lang = Languages.wordTag(language);
        assertEquals(lang, d.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty().orElseThrow());
        assertEquals("LIMITE", d.getProperties().getCustomProperties().getProperty("Marking").getLpwstr());
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "SL", "BG", "EL"})
    void wordEditionIsBuiltAsAWordUserExpects(Language language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.forFormat(OutputFormat.DOCX, TemplateSet.builtIn()).render(q3, language, RenderOptions.DEFAULT, out);
        XhtmlDocument x = TemplateSet.builtIn().toXhtml(q3, language, RenderOptions.DEFAULT);
        XWPFDocument d = DocxAssertions.read(out.toByteArray());

        // Numbered sections through the heading style; the unnumbered ones (key figures, annex) with numId 0.
        for (XWPFParagraph p : styled(d, "Heading1")) {
            boolean numbered = headingsWithNumber(x).contains(p.getText());
            var ppr = p.getCTP().getPPr();
            if (numbered) {
                assertFalse(ppr.isSetNumPr(), p.getText() + ": numbered by the Heading 1 style");
                assertFalse(p.getText().matches("\\d+\\..*"), p.getText() + ": no typed number");
            } else {
                assertEquals(java.math.BigInteger.ZERO, ppr.getNumPr().getNumId().getVal(), p.getText() + ": not numbered");
            }
        }
        assertTrue(d.getStyles().getStyle("Heading1").getCTStyle().getPPr().isSetNumPr(), "Heading 1 carries the list");

        // A TOC field, marked dirty so that Word fills it on opening, before the first section.
        String body = d.getDocument().xmlText();
        int toc = body.indexOf("TOC \\o \"1-3\" \\h \\z \\u");
        assertTrue(toc > 0, "a TOC field");
        assertTrue(body.lastIndexOf("w:fldCharType=\"begin\"", toc) > 0
                && body.substring(body.lastIndexOf("<w:fldChar", toc), toc).contains("w:dirty=\"true\""), "the TOC field is dirty");
        String firstSection = headingsWithNumber(x).get(0);
        assertTrue(toc < body.indexOf(">" + firstSection + "<"), "the contents come before the first section");
        assertEquals(styled(d, "Heading1").size(), d.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyle())).count(),
                "one contents line per section until Word updates the field");

        // The document number and the subject in bold, as in the PDF.
        String number = text(x, "td", "doc-number");
        String subject = text(x, "td", "subject");
        assertTrue(boldRun(d, number), "bold " + number);
        assertTrue(boldRun(d, subject), "bold " + subject);

        List<IBodyElement> elements = d.getBodyElements();
        List<XWPFTable> tables = d.getTables();
        assertTrue(tables.size() >= 5);
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof XWPFTable t) {
                if (i + 1 < elements.size() && elements.get(i + 1) instanceof XWPFParagraph next) {
                    assertFalse(next.getText().isBlank() && next.getRuns().isEmpty() && next.getCTP().sizeOfHyperlinkArray() == 0
                            && !next.getCTP().xmlText().contains("w:drawing"), "an empty paragraph after table " + t.getText());
                }
                var pr = t.getCTTbl().getTblPr();
                assertTrue(pr.isSetTblCaption() && !pr.getTblCaption().getVal().isBlank(), "alt text title: " + t.getText());
                assertTrue(pr.isSetTblDescription() && !pr.getTblDescription().getVal().isBlank(), "alt text: " + t.getText());
                assertFalse(pr.getTblCaption().getVal().matches(".*\\d\\(.*"), "words apart at a line break: "
                        + pr.getTblCaption().getVal());
                if ("BarometerTable".equals(t.getStyleID())) {
                    assertTrue(t.getRow(0).isRepeatHeader(), "the heading row repeats on every page");
                }
            }
        }
        // Data tables: the title is the caption; the description names the columns.
        List<Element> captions = elements(x, "caption");
        List<XWPFTable> data = tables.stream().filter(t -> "BarometerTable".equals(t.getStyleID())).toList();
        assertEquals(captions.size(), data.size());
        for (int i = 0; i < data.size(); i++) {
            String caption = DocxBuild.collapse(DocxBuild.textWithoutFootnotes(captions.get(i)));
            var pr = data.get(i).getCTTbl().getTblPr();
            assertEquals(caption, pr.getTblCaption().getVal());
            assertTrue(pr.getTblDescription().getVal().startsWith(caption + ": "), pr.getTblDescription().getVal());
        }
    }

    private static String withoutTypedNumber(Element h) {
        StringBuilder b = new StringBuilder();
        for (org.w3c.dom.Node n = h.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e && Subset.hasClass(e, "heading-number"))) {
                b.append(n.getTextContent());
            }
        }
        return DocxBuild.collapse(b.toString());
    }

    private static List<String> headingsWithNumber(XhtmlDocument x) {
        return elements(x, "h1").stream().filter(h -> !spansIn(h, "heading-number").isEmpty())
                .map(DocxRendererTest::withoutTypedNumber).toList();
    }

    private static List<Element> spansIn(Element e, String cls) {
        NodeList nodes = e.getElementsByTagNameNS(DocxBuild.XHTML_NS, "span");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (Subset.hasClass((Element) nodes.item(i), cls)) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }

    private static String text(XhtmlDocument x, String tag, String cls) {
        return elements(x, tag).stream().filter(e -> Subset.hasClass(e, cls)).findFirst()
                .map(e -> DocxBuild.collapse(e.getTextContent())).orElseThrow(() -> new AssertionError("no " + tag + "." + cls));
    }

    private static boolean boldRun(XWPFDocument d, String text) {
        for (XWPFTable t : d.getTables()) {
            for (var row : t.getRows()) {
                for (var cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        if (p.getText().equals(text)) {
                            return p.getRuns().stream().allMatch(r -> r.isBold());
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The charts in the order they appear in the text (POI lists them by part). */
    static List<XWPFChart> chartsInOrder(XWPFDocument d) {
        List<XWPFChart> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<c:chart [^>]*r:id=\"(rId\\d+)\"")
                .matcher(d.getDocument().xmlText());
        while (m.find()) {
            out.add((XWPFChart) d.getRelationById(m.group(1)));
        }
        assertEquals(d.getCharts().size(), out.size());
        return out;
    }

    private static List<Element> elements(XhtmlDocument x, String name) {
        NodeList nodes = x.dom().getElementsByTagNameNS(DocxBuild.XHTML_NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static List<Element> spans(XhtmlDocument x, String cls) {
        return elements(x, "span").stream().filter(e -> Subset.hasClass(e, cls)).toList();
    }

    private static List<XWPFParagraph> styled(XWPFDocument d, String style) {
        return d.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
    }
}
