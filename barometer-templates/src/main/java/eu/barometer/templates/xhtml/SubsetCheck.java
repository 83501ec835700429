package eu.barometer.templates.xhtml;

import eu.barometer.templates.RenderException;
import eu.barometer.templates.XhtmlDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the XHTML a template produced against the {@link Subset}, before any renderer lays it
 * out: elements outside the subset or its namespace, link targets, {@code colspan} and
 * {@code rowspan} values and places, and chart figures. Every problem is collected and reported
 * with its line and column in the XHTML; nothing is changed.
 *
 * @since 0.2
 */
public final class SubsetCheck {

    private final Problems problems;

    private SubsetCheck(Problems problems) {
        this.problems = problems;
    }

    /**
     * Checks a document.
     *
     * @param source the name problems are reported against, e.g. {@code edition.ftlh (output)}
     * @throws RenderException with every problem found, located
     */
    public static void check(XhtmlDocument document, String source) throws RenderException {
        Problems problems = new Problems(source, document);
        new SubsetCheck(problems).element(document.dom().getDocumentElement(), false);
        problems.throwIfAny();
    }

    private void element(Element e, boolean inLayout) {
        if (!Subset.NS.equals(e.getNamespaceURI())) {
            problems.add(e, "<" + e.getNodeName() + "> is not in the XHTML namespace; the XHTML subset (docs/xhtml-subset.md)"
                    + " has no foreign elements");
            return;
        }
        String name = e.getLocalName();
        if (!Subset.contains(name)) {
            problems.add(e, "<" + name + "> is not in the XHTML subset every renderer understands (docs/xhtml-subset.md)");
            return;
        }
        switch (name) {
            case "a" -> {
                String href = e.getAttribute("href");
                if (!Subset.isAllowedLink(href)) {
                    problems.add(e, "link target \"" + href + "\" is not allowed; " + Subset.LINK_RULE);
                }
            }
            case "th", "td" -> cell(e, inLayout);
            case "figure" -> {
                if (Subset.hasClass(e, "chart")) {
                    chart(e);
                }
            }
            default -> { }
        }
        boolean layout = inLayout || (name.equals("table") && Subset.hasClass(e, "layout"))
                || (name.equals("div") && Subset.hasClass(e, "council-header"));
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                element(c, layout);
            }
        }
    }

    private void cell(Element cell, boolean inLayout) {
        boolean inHead = cell.getParentNode() instanceof Element tr && tr.getParentNode() instanceof Element part
                && "thead".equals(part.getLocalName());
        for (String attribute : new String[] {"colspan", "rowspan"}) {
            if (!cell.hasAttribute(attribute)) {
                continue;
            }
            String v = cell.getAttribute(attribute);
            var n = Subset.span(v);
            if (n.isEmpty()) {
                problems.add(cell, attribute + "=\"" + v + "\" is not " + Subset.spanRule());
            } else if (n.getAsInt() > 1 && !inHead && !(inLayout && attribute.equals("colspan"))) {
                problems.add(cell, attribute.equals("rowspan") ? "rowspan is allowed in <thead> only"
                        : "colspan is allowed in <thead> only (and in layout tables)");
            }
        }
    }

    private void chart(Element figure) {
        String type = figure.getAttribute("data-chart");
        if (!Subset.isChartType(type)) {
            problems.add(figure, "data-chart=\"" + type + "\" is not a chart type; expected one of "
                    + String.join(", ", Subset.CHART_TYPES));
        }
        boolean data = false;
        for (Node n = figure.getFirstChild(); n != null; n = n.getNextSibling()) {
            data |= n instanceof Element t && "table".equals(t.getLocalName()) && Subset.hasClass(t, "chart-data");
        }
        if (!data) {
            problems.add(figure, "a chart needs its data as a <table class=\"chart-data\"> child of its <figure>");
        }
    }
}
