package eu.barometer.templates;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders an edition in one format. Implementations are immutable and thread-safe: one renderer
 * serves many threads; per-render state lives inside {@link #render}.
 *
 * @since 0.1
 */
public interface EditionRenderer {

    /** The format this renderer writes. */
    OutputFormat format();

    /**
     * Renders the edition in a language to a stream. The stream is not closed.
     *
     * @throws RenderException if the template set or the content cannot be rendered; nothing
     *                         useful has been written then, and callers must discard the output
     * @throws IOException     if writing fails
     */
    void render(EditionAnalysis edition, Language language, RenderOptions options, OutputStream out)
            throws RenderException, IOException;

    /**
     * Renders a document that several formats share: the renderers of {@link Renderers} run the
     * template once per document, not once per format. The default renders as
     * {@link #render(EditionAnalysis, Language, RenderOptions, OutputStream)} does.
     *
     * @throws RenderException as {@link #render(EditionAnalysis, Language, RenderOptions, OutputStream)}
     * @throws IOException     if writing fails
     * @since 0.2
     */
    default void render(EditionDocument document, OutputStream out) throws RenderException, IOException {
        render(document.edition(), document.language(), document.options(), out);
    }
}
