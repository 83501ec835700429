package eu.barometer.core.text;

import eu.barometer.core.problem.InputProblem;
import eu.barometer.core.problem.ProblemCollector;
import eu.barometer.core.reference.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NarrativeReaderTest {

    private static List<String> problems(Part part, String markdown) {
        ProblemCollector c = new ProblemCollector(100);
        NarrativeReader.parse(part, Language.EN, "text/" + part.id() + ".en.md", markdown, c);
        return c.sorted().stream().map(InputProblem::toString).toList();
    }

    private static PartText parse(Part part, String markdown) {
        ProblemCollector c = new ProblemCollector(100);
        PartText t = NarrativeReader.parse(part, Language.EN, "text/" + part.id() + ".en.md", markdown, c);
        assertEquals(List.of(), c.sorted(), "no problems expected");
        return t;
    }

    @Test
    void paragraphsEmphasisLinksAndFiguresBecomeTypedBlocks() {
        PartText t = parse(Part.SUMMARY, "Detections rose to {{border-crossings.ytd}} (*preliminary*), **the most**\n"
                + "since [2016](https://frontex.europa.eu).[^1]\n\n[^1]: Frontex, *monthly* figures.\n");
        assertEquals(List.of(new Block.Paragraph(List.of(
                new Inline.Text("Detections rose to "),
                new Inline.Figure("border-crossings.ytd", new eu.barometer.core.problem.Location("text/summary.en.md", 1, 20)),
                new Inline.Text(" ("), new Inline.Emphasis(List.of(new Inline.Text("preliminary"))), new Inline.Text("), "),
                new Inline.Strong(List.of(new Inline.Text("the most"))), new Inline.Text(" "), new Inline.Text("since "),
                new Inline.Link("https://frontex.europa.eu", List.of(new Inline.Text("2016"))), new Inline.Text("."),
                new Inline.Footnote("1", List.of(new Inline.Text("Frontex, "), new Inline.Emphasis(List.of(new Inline.Text("monthly"))),
                        new Inline.Text(" figures.")))))), t.blocks());
    }

    @Test
    void everyConstructOutsideTheSubsetIsALocatedError() {
        String md = String.join("\n",
                "# Title",                                  // 1: level-1 heading outside the annex
                "",
                "Text with <b>html</b> and `code`.",        // 3
                "",
                "![chart](https://x.eu/c.png)",             // 5
                "",
                "<div>block</div>",                         // 7
                "",
                "---",                                      // 9
                "",
                "    indented code",                        // 11
                "",
                "#### Too deep",                            // 13
                "",
                "A [link](http://insecure.example) and {{empact.totl}} and {{Bad Name}} and {{open.",  // 15
                "",
                "- one",                                    // 17
                "  - two",
                "    - three",                              // 19
                "");
        List<String> p = problems(Part.SUMMARY, md);
        assertEquals(List.of(
                "text/summary.en.md:1:1: error: a level-1 heading (# …); the part 'summary' has its heading from the template, so its own headings start at ## (and ###) [unsupported-markup]",
                "text/summary.en.md:3:11: error: raw HTML '<b>'; text files take Markdown only (*emphasis*, **strong**, [links](https://…), footnotes [^1]) [unsupported-markup]",
                "text/summary.en.md:3:18: error: raw HTML '</b>'; text files take Markdown only (*emphasis*, **strong**, [links](https://…), footnotes [^1]) [unsupported-markup]",
                "text/summary.en.md:3:27: error: code (`…`); the XHTML subset has no code: write the text plainly or in *emphasis* [unsupported-markup]",
                "text/summary.en.md:5:1: error: an image; narrative text carries no images (charts come from the data) [unsupported-markup]",
                "text/summary.en.md:7:1: error: raw HTML; text files take Markdown only (paragraphs, *emphasis*, **strong**, lists, links, footnotes [^1], > quotes, ## headings) [unsupported-markup]",
                "text/summary.en.md:9:1: error: a horizontal rule (---); the XHTML subset has none: start a new part with ## instead [unsupported-markup]",
                "text/summary.en.md:11:1: error: a code block (``` or a line indented by four spaces); the XHTML subset has no code. Remove the indentation if this is a paragraph [unsupported-markup]",
                "text/summary.en.md:13:1: error: a level-4 heading; headings in text go to ### at most (the XHTML subset ends at <h3>) [unsupported-markup]",
                "text/summary.en.md:15:3: error: link to 'http://insecure.example'; links may only go to https:, mailto: or #fragment targets [unsupported-markup]",
                "text/summary.en.md:15:39: error: unknown figure 'empact.totl' (did you mean 'empact.total'?); barometer validate --list-figures lists the names [unknown-figure]",
                "text/summary.en.md:15:59: error: malformed placeholder '{{Bad Name}}'; expected a figure name of lower-case letters, digits, '.' and '-', e.g. {{border-crossings.ytd}} [unknown-figure]",
                "text/summary.en.md:15:76: error: placeholder not closed; expected {{name}} on one line, e.g. {{border-crossings.ytd}} [unknown-figure]",
                "text/summary.en.md:19:5: error: a list nested two levels deep; lists nest one level at most [unsupported-markup]"), p);
    }
}
