package eu.barometer.templates;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import org.w3c.dom.Document;

import java.util.Objects;

/**
 * An edition in one language, rendered into any number of formats from a single template run:
 *
 * <pre>{@code
 * EditionDocument doc = EditionDocument.of(analysis, Language.SL, RenderOptions.DEFAULT);
 * for (OutputFormat f : OutputFormat.values()) {
 *     try (OutputStream out = Files.newOutputStream(target(f))) {
 *         Renderers.forFormat(f, templates).render(doc, out);
 *     }
 * }
 * }</pre>
 *
 * <p>The first renderer of {@link Renderers} that needs it runs the template and checks its XHTML
 * against the subset; every later one (of the same template set) reuses that document, each
 * format working on a copy of its own, so the document is never changed and may be shared by
 * threads. A template failure is kept and given to every format.
 *
 * @since 0.2
 */
public final class EditionDocument {

    private final EditionAnalysis edition;
    private final Language language;
    private final RenderOptions options;
    private TemplateSet set;
    private XhtmlDocument xhtml;
    private RenderException failure;

    private EditionDocument(EditionAnalysis edition, Language language, RenderOptions options) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.language = Objects.requireNonNull(language, "language");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** An edition in a language to render with some options; the template runs at the first render. */
    public static EditionDocument of(EditionAnalysis edition, Language language, RenderOptions options) {
        return new EditionDocument(edition, language, options);
    }

    /** The edition. */
    public EditionAnalysis edition() {
        return edition;
    }

    /** The language. */
    public Language language() {
        return language;
    }

    /** The render options. */
    public RenderOptions options() {
        return options;
    }

    /**
     * The checked XHTML of a template set's run, as a document of the caller's own: the template
     * runs at the first call; later calls with the same set copy its result. With another set
     * the template of that set runs (the document is not kept then).
     */
    synchronized XhtmlDocument copyFor(TemplateSet templates) throws RenderException {
        if (set != null && set != templates) {
            return Renderers.run(templates, edition, language, options);
        }
        if (set == null) {
            set = templates;
            try {
                xhtml = Renderers.run(templates, edition, language, options);
            } catch (RenderException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return new XhtmlDocument(language, xhtml.xhtml(), (Document) xhtml.dom().cloneNode(true), xhtml.tree());
    }
}
