package eu.barometer.templates.docx;

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
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
        assertEquals(elements(x, "h1").size(), styled(d, "Heading1").size(), "one Heading 1 per <h1>");
        List<String> h1 = elements(x, "h1").stream().map(e -> DocxBuild.collapse(e.getTextContent())).toList();
        assertEquals(h1, styled(d, "Heading1").stream().map(XWPFParagraph::getText).toList());
        assertEquals(spans(x, "footnote").size(), d.getFootnotes().stream().filter(n -> n.getId().signum() > 0).count(),
                "one Word footnote per span.footnote");
        assertTrue(d.getFooterList().get(0).getText().contains(x.dom().getElementsByTagName("title").getLength() > 0
                ? "13901/23" : ""), "the footer carries the document number");

        List<Element> figures = new ArrayList<>();
        for (Element f : elements(x, "figure")) {
            if (DocxBuild.hasClass(f, "chart")) {
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
        return elements(x, "span").stream().filter(e -> DocxBuild.hasClass(e, cls)).toList();
    }

    private static List<XWPFParagraph> styled(XWPFDocument d, String style) {
        return d.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
    }
}
