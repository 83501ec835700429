package eu.barometer.templates.docx;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The editable Word edition: the template set's XHTML written by {@link DocxWriter}, starting
 * from the set's {@value #REFERENCE} (or the council-note one if the set has none). Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class DocxRenderer implements EditionRenderer {

    /** The file of a template set holding its Word styles. */
    public static final String REFERENCE = "reference.docx";

    private final TemplateSet set;
    private final DocxWriter writer;

    /** A renderer using a template set and its reference document. */
    public DocxRenderer(TemplateSet set) {
        this.set = Objects.requireNonNull(set, "set");
        this.writer = set.file(REFERENCE).map(DocxRenderer::writer).orElseGet(DocxWriter::withDefaultReference);
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
    public void render(EditionAnalysis edition, Language language, RenderOptions options, OutputStream out)
            throws RenderException, IOException {
        XhtmlDocument x = set.toXhtml(edition, language, options);
        ByteArrayOutputStream docx = new ByteArrayOutputStream(256 * 1024);
        writer.write(x, TemplateSet.MAIN_TEMPLATE + " (output)", docx);
        if (docx.size() > options.maxOutputBytes()) {
            throw new RenderException("the DOCX edition would be " + docx.size() + " bytes, over the limit of "
                    + options.maxOutputBytes(), null);
        }
        docx.writeTo(out);
    }
}
