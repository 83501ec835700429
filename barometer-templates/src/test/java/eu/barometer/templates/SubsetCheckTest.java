package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.xhtml.Subset;
import eu.barometer.templates.xhtml.SubsetCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubsetCheckTest {

    private static final String HEAD = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title></head><body>\n";

    @TempDir
    Path dir;

    private static List<TemplateProblem> problems(String body) {
        RenderException e = assertThrows(RenderException.class,
                () -> SubsetCheck.check(XhtmlDocument.parse("x.xhtml", Language.EN, HEAD + body + "\n</body></html>"), "x.xhtml"));
        return e.problems();
    }

    private static String all(List<TemplateProblem> problems) {
        return problems.stream().map(TemplateProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void collectsEveryProblemWithItsLineAndColumn() {
        List<TemplateProblem> p = problems("<p>a</p>\n<img src=\"x.png\"/>\n<p><a href=\"http://example.org\">x</a> <font>y</font></p>\n"
                + "<table><tbody><tr><td rowspan=\"2\">1</td><td colspan=\"64\">2</td></tr></tbody></table>\n"
                + "<figure class=\"chart\" data-chart=\"pie\"><figcaption>c</figcaption></figure>");
        String all = all(p);
        assertEquals(7, p.size(), all);
        assertTrue(all.contains("x.xhtml:3:"), all);
        assertTrue(p.get(0).message().contains("<img> is not in the XHTML subset"), all);
        assertEquals(3, p.get(0).line(), all);
        assertTrue(all.contains("link target \"http://example.org\" is not allowed; links must be https://, mailto: or #fragment"), all);
        assertTrue(all.contains("<font> is not in the XHTML subset"), all);
        assertTrue(all.contains("rowspan is allowed in <thead> only"), all);
        assertTrue(all.contains("colspan=\"64\" is not a whole number from 1 to 63"), all);
        assertTrue(all.contains("data-chart=\"pie\" is not a chart type; expected one of line, bar, hbar, stacked-bar, stacked-hbar"), all);
        assertTrue(all.contains("a chart needs its data"), all);
        assertTrue(p.stream().allMatch(x -> x.line() > 0 && x.column() > 0), all);
    }

    @Test
    void acceptsSpansInTableHeadsAndColspanInLayoutTables() {
        assertDoesNotThrow(() -> SubsetCheck.check(XhtmlDocument.parse("x", Language.EN, HEAD
                + "<table><thead><tr><th colspan=\"2\" rowspan=\"1\">h</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>"
                + "<table class=\"layout\"><tbody><tr><td colspan=\"2\">x</td></tr></tbody></table>"
                + "<p><a href=\"https://europa.eu/\">e</a> <a href=\"mailto:a@b.eu\">m</a> <a href=\"#t\">t</a></p>"
                + "</body></html>"), "x"));
    }

    @Test
    void linksNeedTwoSlashesAfterHttpsAndAFragmentAName() {
        assertTrue(Subset.isAllowedLink("https://europa.eu"));
        assertEquals(false, Subset.isAllowedLink("https:europa.eu"));
        assertEquals(false, Subset.isAllowedLink("#"));
        assertEquals(false, Subset.isAllowedLink("javascript:alert(1)"));
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void everyFormatRejectsAnElementOutsideTheSubsetWithItsPlace(OutputFormat format) throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        Files.writeString(dir.resolve("edition.ftlh"), "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"${lang.code}\">"
                + "<head><title>t</title></head><body>\n<p>x</p>\n<p><marquee>y</marquee></p>\n</body></html>\n");
        TemplateSet set = TemplateSet.fromFolder(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderException e = assertThrows(RenderException.class,
                () -> Renderers.forFormat(format, set).render(Samples.q3(), Language.EN, RenderOptions.DEFAULT, out));
        assertTrue(e.getMessage().contains("<marquee>"), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.line() == 3), e.getMessage());
        assertEquals(0, out.size(), "nothing written");
    }

    @Test
    void theDocumentationListsEveryElementChartTypeAndClassOfTheSubset() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "xhtml-subset.md"));
        for (String element : Subset.ELEMENTS) {
            boolean inHeadingRange = element.equals("h2") && doc.contains("`<h1>` … `<h3>`");
            assertTrue(inHeadingRange || doc.contains("<" + element + ">") || doc.contains("<" + element + " ") || doc.contains("`<" + element),
                    "docs/xhtml-subset.md does not mention <" + element + ">");
        }
        for (String type : Subset.CHART_TYPES) {
            assertTrue(doc.contains("`" + type + "`"), type);
        }
        for (String cls : Subset.CLASSES) {
            assertTrue(doc.contains("class=\"" + cls + "\"") || doc.contains("class=\"" + cls + " ") || doc.contains(" " + cls + "\"")
                    || doc.contains("." + cls), "docs/xhtml-subset.md does not mention the class " + cls);
        }
        assertTrue(doc.contains("https://") && doc.contains(Integer.toString(Subset.MAX_SPAN)), "link rule and span limit documented");
    }
}
