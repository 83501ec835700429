package eu.barometer.templates.xlsx;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;
import eu.barometer.templates.internal.FormatWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The spreadsheet edition: {@link XlsxWriter} turns the XHTML of a template set and the
 * edition's datasets into a workbook, the data sheets labelled in the set's labels. Immutable and
 * thread-safe.
 *
 * <p>Internal: render through {@link eu.barometer.templates.Renderers}.
 */
public final class XlsxRenderer implements FormatWriter {

    private final XlsxWriter writer;

    /** A renderer over the XHTML of a template set; the data sheets use the set's labels. */
    public XlsxRenderer(TemplateSet templates) {
        this.writer = new XlsxWriter(Objects.requireNonNull(templates, "templates")::labels);
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.XLSX;
    }

    @Override
    public void write(EditionAnalysis edition, XhtmlDocument x, RenderOptions options, OutputStream out)
            throws RenderException, IOException {
        writer.write(edition, x, options, out);
    }
}
