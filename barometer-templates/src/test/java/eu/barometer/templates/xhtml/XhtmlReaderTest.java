package eu.barometer.templates.xhtml;

import eu.barometer.templates.RenderException;
import eu.barometer.templates.TemplateProblem;
import eu.barometer.templates.chart.ChartData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XhtmlReaderTest {

    private static final String HEAD = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title></head><body>\n";

    private static final String CHART = "<figure class=\"chart\" id=\"c1\" data-chart=\"bar\" data-alt=\"Crossings by month\" data-y-label=\"n\">\n"
            + "<figcaption> Crossings </figcaption>\n"
            + "<table class=\"chart-data\"><thead><tr><th>Month</th><th data-code=\"WB\">Western Balkans</th><th>Other</th></tr></thead>\n"
            + "<tbody><tr><th>Jul</th><td data-value=\"10\">10</td><td data-value=\"2.5\">2.5</td></tr>\n"
            + "<tr><th>Aug</th><td data-value=\"12\">12</td><td></td></tr></tbody></table>\n"
            + "</figure>";

    private static XhtmlTree read(String body) throws RenderException {
        return XhtmlReader.read("x.xhtml", HEAD + body + "\n</body></html>");
    }

    @Test
    void readsBlocksAndInlinesIntoTypedRecordsWithTheirPlacesClassesAndDataAttributes() throws Exception {
        XhtmlTree t = read("<h2 id=\"s1\" class=\"title x\">Heading</h2>\n<p class=\"note\">a <strong>b</strong><span class=\"footnote\">n1</span>"
                + "<br/><a href=\"#s1\">l</a></p>\n<p><span class=\"footnote\">n2</span></p>\n"
                + "<table data-sheet=\"S\"><caption>C</caption><thead><tr><th colspan=\"2\">h</th></tr></thead>"
                + "<tbody><tr><td data-value=\"1\" data-code=\"AT\">1</td><td>2</td></tr></tbody><tfoot><tr><td>3</td><td>4</td></tr></tfoot></table>");
        Node.Element body = t.body().orElseThrow();
        List<Node.Element> blocks = body.elements();
        Node.Heading h = assertInstanceOf(Node.Heading.class, blocks.get(0));
        assertEquals(2, h.level());
        assertEquals(new Node.Position(2, 29), h.at());
        assertEquals(List.of("title", "x"), h.classes());
        assertEquals("s1", h.id());
        Node.Paragraph p = assertInstanceOf(Node.Paragraph.class, blocks.get(1));
        assertInstanceOf(Node.Strong.class, p.elements().get(0));
        assertInstanceOf(Node.Footnote.class, p.elements().get(1));
        assertInstanceOf(Node.Break.class, p.elements().get(2));
        assertEquals("#s1", assertInstanceOf(Node.Link.class, p.elements().get(3)).href());
        assertEquals("a bn1l", p.textContent());
        assertEquals(List.of(1, 2), t.footnotes().stream().map(Node.Footnote::number).toList());
        assertEquals(List.of("n1", "n2"), t.footnotes().stream().map(Node.Element::textContent).toList());
        Node.Table table = assertInstanceOf(Node.Table.class, blocks.get(3));
        assertEquals("C", table.caption().orElseThrow().textContent());
        assertEquals(2, table.head().get(0).cells().get(0).colspan());
        assertEquals("AT", table.body().get(0).cells().get(0).attr("data-code"));
        assertEquals("1", table.body().get(0).cells().get(0).attr("data-value"));
        assertEquals(1, table.foot().size());
        assertEquals("S", table.attr("data-sheet"));
        assertTrue(t.problems().isEmpty(), t.problems().toString());
    }

    @Test
    void aChartIsReadOnceIntoOneRecordWithItsTextsCategoriesSeriesAndValues() throws Exception {
        XhtmlTree t = read(CHART);
        assertEquals(1, t.charts().size());
        Node.Chart chart = t.charts().get(0);
        ChartData d = chart.data();
        assertEquals("c1", d.id());
        assertEquals("bar", d.type());
        assertEquals("Crossings", d.caption());
        assertEquals("Crossings by month", d.alt());
        assertEquals("n", d.yLabel());
        assertEquals(List.of("Jul", "Aug"), d.categories());
        assertEquals(List.of("Western Balkans", "Other"), d.series());
        assertEquals(List.of("WB", ""), d.seriesCodes());
        assertEquals(2.5, d.value(1, 0));
        assertTrue(Double.isNaN(d.value(1, 1)), "an empty cell is a gap");
        assertEquals(chart, t.chart(0, "x.xhtml"));
        assertEquals(d.style(0), chart.data().style(0));
    }

    @Test
    void theReaderReportsEveryProblemWithItsLineAndColumnInDocumentOrder() throws Exception {
        XhtmlTree t = read("<p><marquee>x</marquee></p>\n"
                + "<figure class=\"chart\" data-chart=\"line\" data-alt=\"a\"><figcaption>c</figcaption>\n"
                + "<table class=\"chart-data\"><thead><tr><th>m</th><th>s</th></tr></thead>\n"
                + "<tbody><tr><th>Jul</th><td>ten</td></tr>\n"
                + "<tr><th>Aug</th><td data-value=\"x1\">1</td></tr>\n"
                + "<tr><th>Sep</th></tr></tbody>\n"
                + "<tfoot><tr><th>all</th><td data-value=\"1\">1</td></tr></tfoot></table></figure>\n"
                + "<p><a href=\"http://example.org\">x</a></p>");
        List<String> found = t.problems().stream().map(p -> p.at().line() + " " + p.message()).toList();
        assertEquals(List.of(
                "2 <marquee> is not in the XHTML subset every renderer understands (docs/xhtml-subset.md)",
                "5 a chart value needs data-value with the raw number",
                "6 data-value=\"x1\" is not a number",
                "7 this row has 1 cells; the chart has 2 columns",
                "8 a chart's data table has no <tfoot>: totals are not charted",
                "9 link target \"http://example.org\" is not allowed; links must be https://, mailto: or #fragment"), found);
        assertTrue(t.problems().stream().allMatch(p -> p.at().column() > 0), found.toString());
        assertTrue(t.charts().isEmpty(), "a chart that cannot be read is not a chart");
        assertInstanceOf(Node.Figure.class, t.chartFigures().get(0));
        RenderException e = assertThrows(RenderException.class, () -> t.throwIfProblems("x.xhtml"));
        assertEquals(6, e.problems().size());
        TemplateProblem first = e.problems().get(0);
        assertTrue(first.toString().startsWith("x.xhtml:2:"), first.toString());
        assertEquals(2, first.line());
    }

    @Test
    void aTextThatIsNotWellFormedIsOneLocatedProblem() {
        RenderException e = assertThrows(RenderException.class, () -> XhtmlReader.read("x.xhtml", HEAD + "<p>a</b>\n</body></html>"));
        assertEquals(1, e.problems().size());
        assertEquals(2, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().contains("not well-formed"), e.getMessage());
    }

    @Test
    void noExternalEntityIsRead() {
        String xhtml = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&x;</p></body></html>";
        try {
            XhtmlTree t = XhtmlReader.read("x", xhtml);
            assertTrue(!t.root().textContent().contains("root:"), "the file was not read");
        } catch (RenderException e) {
            // refusing the document is as good
        }
    }

    @Test
    void theTypedDocumentCannotBeChanged() throws Exception {
        XhtmlTree t = read(CHART + "<p class=\"a\">x</p>");
        Node.Element body = t.body().orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> body.children().clear());
        assertThrows(UnsupportedOperationException.class, () -> body.attributes().map().put("id", "x"));
        assertThrows(UnsupportedOperationException.class, () -> t.charts().get(0).table().body().clear());
        assertThrows(UnsupportedOperationException.class, () -> t.problems().add(null));
        ChartData d = t.charts().get(0).data();
        d.values()[0][0] = 99;
        assertEquals(10, d.value(0, 0), "values() is a copy");
        assertThrows(UnsupportedOperationException.class, () -> d.categories().add("x"));
    }
}
