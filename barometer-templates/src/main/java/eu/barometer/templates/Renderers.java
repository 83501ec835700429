package eu.barometer.templates;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.docx.DocxRenderer;
import eu.barometer.templates.html.HtmlRenderer;
import eu.barometer.templates.internal.Deterministic;
import eu.barometer.templates.internal.FormatWriter;
import eu.barometer.templates.internal.SizeLimitedStream;
import eu.barometer.templates.pdf.PdfRenderer;
import eu.barometer.templates.xhtml.SubsetCheck;
import eu.barometer.templates.xlsx.XlsxRenderer;
import org.apache.poi.util.LocaleUtil;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;

/**
 * The renderer of each format:
 *
 * <pre>{@code
 * EditionRenderer pdf = Renderers.forFormat(OutputFormat.PDF, TemplateSet.builtIn());
 * pdf.render(analysis, Language.SL, RenderOptions.DEFAULT, out);
 * }</pre>
 *
 * <p>To render several formats of an edition in a language, give each renderer the same
 * {@link EditionDocument}: the template then runs once, not once per format.
 *
 * <p>Every render goes the same way, whatever the format: the template runs, its XHTML is checked
 * against the subset ({@link SubsetCheck}: every problem, located), the format's writer gets a
 * document of its own, and what it writes is made deterministic and held to
 * {@link RenderOptions#maxOutputBytes()} here. Every renderer returned writes the same bytes for
 * the same inputs whatever the host's time zone, default locale, clock and thread count.
 *
 * @since 0.1
 */
public final class Renderers {

    private static final String OUTPUT = TemplateSet.MAIN_TEMPLATE + " (output)";

    private Renderers() { }

    /** A renderer for a format using a template set. Renderers are immutable and thread-safe. */
    public static EditionRenderer forFormat(OutputFormat format, TemplateSet set) {
        Objects.requireNonNull(set, "set");
        FormatWriter writer = switch (Objects.requireNonNull(format, "format")) {
            case PDF -> new PdfRenderer(set);
            case HTML -> new HtmlRenderer(set);
            case DOCX -> new DocxRenderer(set);
            case XLSX -> new XlsxRenderer(set);
        };
        return new TemplateRenderer(set, writer);
    }

    /** One template run: the set's XHTML for an edition in a language, checked against the subset. */
    static XhtmlDocument run(TemplateSet set, EditionAnalysis edition, Language language, RenderOptions options)
            throws RenderException {
        XhtmlDocument x = set.toXhtml(edition, language, options);
        SubsetCheck.check(x, OUTPUT);
        return x;
    }

    private record TemplateRenderer(TemplateSet set, FormatWriter writer) implements EditionRenderer {

        @Override
        public OutputFormat format() {
            return writer.format();
        }

        @Override
        public void render(EditionAnalysis edition, Language language, RenderOptions options, OutputStream out)
                throws RenderException, IOException {
            write(run(set, edition, language, options), edition, options, out);
        }

        @Override
        public void render(EditionDocument document, OutputStream out) throws RenderException, IOException {
            write(document.copyFor(set), document.edition(), document.options(), out);
        }

        private void write(XhtmlDocument x, EditionAnalysis edition, RenderOptions options, OutputStream out)
                throws RenderException, IOException {
            LocalDate date = edition.edition().document().date();
            switch (format()) {
                case PDF, HTML -> {
                    ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
                    writer.write(edition, x, options, buffer);
                    byte[] bytes = format() == OutputFormat.PDF ? Deterministic.pdf(buffer.toByteArray(), date) : buffer.toByteArray();
                    if (bytes.length > options.maxOutputBytes()) {
                        throw new RenderException("the " + name(format()) + " edition would be " + bytes.length
                                + " bytes, over the limit of " + options.maxOutputBytes(), null);
                    }
                    out.write(bytes);
                }
                case DOCX -> pack(x, edition, options, out, date);
                // The workbook is written deterministically and counted as it is written (OoxmlPackage, XlsxWriter).
                case XLSX -> writer.write(edition, x, options, out);
            }
        }

        /**
         * DOCX: POI takes dates and languages from thread-local defaults and stamps zip entries
         * with the clock. Writes with the edition's language and UTC as POI's defaults into a
         * temporary file, then copies the package with every clock value replaced by the
         * edition's date ({@link Deterministic#zip}).
         */
        private void pack(XhtmlDocument x, EditionAnalysis edition, RenderOptions options, OutputStream out, LocalDate date)
                throws RenderException, IOException {
            Path tmp = Files.createTempFile("barometer-", "." + format().extension());
            Locale locale = LocaleUtil.getUserLocale();
            TimeZone zone = LocaleUtil.getUserTimeZone();
            try {
                LocaleUtil.setUserLocale(x.language().locale());
                LocaleUtil.setUserTimeZone(TimeZone.getTimeZone("UTC"));
                try (OutputStream file = Files.newOutputStream(tmp)) {
                    writer.write(edition, x, options, new SizeLimitedStream(file, options.maxOutputBytes()));
                }
                try (InputStream in = Files.newInputStream(tmp)) {
                    Deterministic.zip(in, new SizeLimitedStream(out, options.maxOutputBytes()), date);
                }
            } catch (RenderException | IOException | RuntimeException e) {
                if (SizeLimitedStream.causedByLimit(e)) {
                    throw new RenderException("the " + name(format()) + " edition would be over "
                            + options.maxOutputBytes() + " bytes, the limit for one document", e);
                }
                throw e;
            } finally {
                LocaleUtil.setUserLocale(locale);
                LocaleUtil.setUserTimeZone(zone);
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static String name(OutputFormat format) {
        return format.extension().toUpperCase(Locale.ROOT);
    }
}
