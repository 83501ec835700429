package eu.barometer.templates.docx;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.templates.internal.FormatWriter;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The editable Word edition: the template set's XHTML written by {@link DocxWriter}, starting
 * from the set's {@value #REFERENCE} (or the council-note one if the set has none). Immutable and
 * thread-safe.
 *
 * <p>Internal: render through {@link eu.barometer.templates.Renderers}, which sets POI's locale
 * and time zone, re-dates the package ({@code Deterministic.zip}) and applies the size limit.
 */
public final class DocxRenderer implements FormatWriter {

    /** The file of a template set holding its Word styles. */
    public static final String REFERENCE = "reference.docx";

    private final DocxWriter writer;

    /** A renderer using a template set and its reference document. */
    public DocxRenderer(TemplateSet set) {
        this.writer = Objects.requireNonNull(set, "set").file(REFERENCE).map(DocxRenderer::writer).orElseGet(DocxWriter::withDefaultReference);
    }

    private static DocxWriter writer(byte[] reference) {
        try {
            return DocxWriter.withReference(new ByteArrayInputStream(reference));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail to read
        }
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.DOCX;
    }

    @Override
    public void write(EditionAnalysis edition, XhtmlDocument x, RenderOptions options, OutputStream out)
            throws RenderException, IOException {
        writer.write(x, TemplateSet.MAIN_TEMPLATE + " (output)", out);
    }
}
