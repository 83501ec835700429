package eu.barometer.templates.xlsx;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;
import eu.barometer.templates.xhtml.SubsetCheck;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The spreadsheet edition: the template set renders the XHTML, {@link XlsxWriter} turns it and
 * the edition's datasets into a workbook. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class XlsxRenderer implements EditionRenderer {

    /** Where the XHTML of an edition comes from: a template set's {@code toXhtml}. */
    @FunctionalInterface
    public interface XhtmlSource {
        /** The XHTML of an edition in a language. */
        XhtmlDocument toXhtml(EditionAnalysis edition, Language language, RenderOptions options) throws RenderException;
    }

    private final XhtmlSource source;
    private final XlsxWriter writer;

    /** A renderer over the XHTML of a template set; the data sheets use the set's labels. */
    public XlsxRenderer(TemplateSet templates) {
        this.source = Objects.requireNonNull(templates, "templates")::toXhtml;
        this.writer = new XlsxWriter(templates::labels);
    }

    /** A renderer over the XHTML from another source, e.g. a fixed document in tests; the data sheets use the built-in labels. */
    public XlsxRenderer(XhtmlSource source) {
        this.source = Objects.requireNonNull(source, "source");
        this.writer = new XlsxWriter();
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.XLSX;
    }

    @Override
    public void render(EditionAnalysis edition, Language language, RenderOptions options, OutputStream out)
            throws RenderException, IOException {
        XhtmlDocument x = source.toXhtml(edition, language, options);
        SubsetCheck.check(x, TemplateSet.MAIN_TEMPLATE + " (output)");
        writer.write(edition, x, options, out);
    }
}
