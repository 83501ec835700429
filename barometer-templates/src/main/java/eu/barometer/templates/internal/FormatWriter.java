package eu.barometer.templates.internal;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.XhtmlDocument;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the XHTML of one template run in one format. Internal: embedders render through
 * {@link eu.barometer.templates.Renderers}, which checks the document against the subset once,
 * gives each writer a document of its own, and applies the size limit and the determinism
 * (pinned dates, content-derived ids) to what the writer produces.
 */
public interface FormatWriter {

    /** The format written. */
    OutputFormat format();

    /**
     * Writes a document; the document is this call's own and may be changed.
     *
     * @throws RenderException if the document cannot be written in this format (the problems located)
     * @throws IOException     if writing fails
     */
    void write(EditionAnalysis edition, XhtmlDocument document, RenderOptions options, OutputStream out)
            throws RenderException, IOException;
}
