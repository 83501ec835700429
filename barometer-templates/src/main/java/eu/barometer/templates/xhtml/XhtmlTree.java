package eu.barometer.templates.xhtml;

import eu.barometer.templates.RenderException;
import eu.barometer.templates.TemplateProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The typed document a template's XHTML is read into ({@link XhtmlReader}): immutable records
 * ({@link Node}) with their places in the text, the chart figures and footnotes in document order,
 * and every problem the reader found. Every renderer reads from it; it may be shared by threads.
 *
 * @param root         the {@code html} element
 * @param chartFigures every {@code <figure class="chart">} in document order: a {@link Node.Chart}, or a
 *                     {@link Node.Figure} when the chart could not be read (then {@link #problems()} says why)
 * @param footnotes    every footnote in document order, numbered from 1
 * @param problems     what is outside the subset or cannot be rendered, located, in document order
 * @since 0.3
 */
public record XhtmlTree(Node.Element root, List<Node.Element> chartFigures, List<Node.Footnote> footnotes,
                        List<Problem> problems) {

    /** The most problems reported for one document. */
    public static final int MAX_PROBLEMS = 50;

    /**
     * A problem of the XHTML at a place.
     *
     * @param at      where
     * @param message what
     */
    public record Problem(Node.Position at, String message) { }

    public XhtmlTree {
        chartFigures = List.copyOf(chartFigures);
        footnotes = List.copyOf(footnotes);
        problems = List.copyOf(problems);
    }

    /** The {@code body}, if any. */
    public Optional<Node.Element> body() {
        return root.child("body");
    }

    /** The {@code head}, if any. */
    public Optional<Node.Element> head() {
        return root.child("head");
    }

    /** The charts, in document order (those that could be read). */
    public List<Node.Chart> charts() {
        List<Node.Chart> out = new ArrayList<>();
        for (Node.Element e : chartFigures) {
            if (e instanceof Node.Chart c) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The n-th chart figure of the document (counted from 0) as a chart, for the renderers that
     * lay out a DOM of the same text: its n-th {@code figure.chart} is this one.
     *
     * @throws RenderException if the document has no such chart or it could not be read
     */
    public Node.Chart chart(int n, String source) throws RenderException {
        if (n < chartFigures.size() && chartFigures.get(n) instanceof Node.Chart c) {
            return c;
        }
        Node.Position at = n < chartFigures.size() ? chartFigures.get(n).at() : new Node.Position(0, 0);
        List<TemplateProblem> out = new ArrayList<>();
        for (Problem p : problems) {
            out.add(new TemplateProblem(source, p.at().line(), p.at().column(), p.message()));
        }
        if (out.isEmpty()) {
            out.add(new TemplateProblem(source, at.line(), at.column(), "chart " + (n + 1) + " could not be read"));
        }
        throw new RenderException(out);
    }

    /**
     * The problems found at an element or inside it (from its start tag to its last descendant's),
     * e.g. why a chart could not be read.
     */
    public List<Problem> problemsWithin(Node.Element e) {
        if (e == null) {
            return List.of();
        }
        Node.Position last = last(e);
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            if (compare(p.at(), e.at()) >= 0 && compare(p.at(), last) <= 0) {
                out.add(p);
            }
        }
        return out;
    }

    private static Node.Position last(Node.Element e) {
        Node.Position last = e.at();
        for (Node n : e.children()) {
            if (n instanceof Node.Element c) {
                last = last(c);
            }
        }
        return last;
    }

    private static int compare(Node.Position a, Node.Position b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
    }

    /** Throws every problem, located against {@code source}, if there is one. */
    public void throwIfProblems(String source) throws RenderException {
        if (problems.isEmpty()) {
            return;
        }
        List<TemplateProblem> out = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_PROBLEMS, problems.size()); i++) {
            Problem p = problems.get(i);
            out.add(new TemplateProblem(source, p.at().line(), p.at().column(), p.message()));
        }
        if (problems.size() > MAX_PROBLEMS) {
            out.add(new TemplateProblem(source, 0, 0, (problems.size() - MAX_PROBLEMS) + " more problems not shown"));
        }
        throw new RenderException(out);
    }
}
