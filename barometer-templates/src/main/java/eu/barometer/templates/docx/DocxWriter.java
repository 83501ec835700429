package eu.barometer.templates.docx;

import eu.barometer.templates.RenderException;
import eu.barometer.templates.XhtmlDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes an {@link XhtmlDocument} as a Word document (.docx). Every element of the subset in
 * {@code docs/xhtml-subset.md} becomes a Word structure: headings and paragraphs take the styles
 * of a reference document, lists real numbering, tables Word tables with repeated header rows,
 * footnotes real footnotes, charts native charts with their data, the running header and footer
 * page headers and footers with PAGE and NUMPAGES fields. An element outside the subset is a
 * {@link RenderException} naming the element and its line in the XHTML; nothing is dropped.
 *
 * <p>The document starts as a copy of the reference document, like Pandoc's
 * {@code reference.docx}: its styles, page setup and footnote separators are kept, its text is
 * replaced. An analyst restyles the edition by editing the reference document in Word.
 *
 * <p>Immutable and thread-safe: one writer serves many renders.
 *
 * @since 0.1
 */
public final class DocxWriter {

    /** The reference document of the default template set, on the classpath. */
    public static final String DEFAULT_REFERENCE = "/eu/barometer/templates/council-note/reference.docx";

    private final byte[] reference;

    private DocxWriter(byte[] reference) {
        this.reference = reference;
    }

    /**
     * A writer starting from the given reference document.
     *
     * @param referenceDocx a .docx holding the styles (Title, Heading 1–3, Normal, Caption, Footnote Text, …); read
     *                      fully, not closed
     * @throws IOException if it cannot be read
     */
    public static DocxWriter withReference(InputStream referenceDocx) throws IOException {
        return new DocxWriter(referenceDocx.readAllBytes());
    }

    /** A writer starting from the council-note template set's {@code reference.docx}. */
    public static DocxWriter withDefaultReference() {
        try (InputStream in = DocxWriter.class.getResourceAsStream(DEFAULT_REFERENCE)) {
            if (in == null) {
                throw new IllegalStateException("the classpath has no " + DEFAULT_REFERENCE);
            }
            return withReference(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the document. The stream is not closed.
     *
     * @param document the XHTML of one edition in one language
     * @param source   the name problems are reported against, e.g. {@code edition.ftlh (output)}
     * @param out      where the .docx goes
     * @throws RenderException if the XHTML holds elements or attributes outside the subset (each problem names the
     *                         element and its line and column in the XHTML), or the reference document is unusable
     * @throws IOException     if writing fails
     */
    public void write(XhtmlDocument document, String source, OutputStream out) throws RenderException, IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(out, "out");
        new DocxBuild(new ByteArrayInputStream(reference), document, source).writeTo(out);
    }
}
