package eu.barometer.templates.xhtml;

import eu.barometer.templates.RenderException;
import eu.barometer.templates.XhtmlDocument;

/**
 * Checks the XHTML a template produced against the {@link Subset}, before any renderer lays it
 * out: elements outside the subset or its namespace, link targets, {@code colspan} and
 * {@code rowspan} values and places, and chart figures. The problems are found by
 * {@link XhtmlReader} as it reads the text into the typed document; every one is reported with its
 * line and column in the XHTML (at most {@value XhtmlTree#MAX_PROBLEMS}); nothing is changed.
 *
 * @since 0.2
 */
public final class SubsetCheck {

    private SubsetCheck() { }

    /**
     * Checks a document.
     *
     * @param source the name problems are reported against, e.g. {@code edition.ftlh (output)}
     * @throws RenderException with every problem found, located
     */
    public static void check(XhtmlDocument document, String source) throws RenderException {
        document.tree().throwIfProblems(source);
    }
}
