package eu.barometer.templates;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.docx.DocxRenderer;
import eu.barometer.templates.html.HtmlRenderer;
import eu.barometer.templates.internal.Deterministic;
import eu.barometer.templates.internal.SizeLimitedStream;
import eu.barometer.templates.pdf.PdfRenderer;
import eu.barometer.templates.xlsx.XlsxRenderer;
import org.apache.poi.util.LocaleUtil;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>Every renderer returned writes the same bytes for the same inputs whatever the host's time
 * zone, default locale, clock and thread count, and stops with a {@link RenderException} when a
 * document grows past {@link RenderOptions#maxOutputBytes()} (PDF and HTML check their finished
 * bytes; DOCX and XLSX are counted as they are written).
 *
 * @since 0.1
 */
public final class Renderers {

    private Renderers() { }

    /** A renderer for a format using a template set. Renderers are immutable and thread-safe. */
    public static EditionRenderer forFormat(OutputFormat format, TemplateSet set) {
        Objects.requireNonNull(set, "set");
        return switch (Objects.requireNonNull(format, "format")) {
            case PDF -> new PdfRenderer(set);
            case HTML -> new HtmlRenderer(set);
            case DOCX -> new Package(new DocxRenderer(set));
            case XLSX -> new XlsxRenderer(set);
        };
    }

    /**
     * DOCX: POI takes dates and languages from thread-local defaults and stamps zip
     * entries with the clock. Renders with the edition's language and UTC as POI's defaults into
     * a temporary file, then copies the package with every clock value replaced by the edition's
     * date ({@link Deterministic#zip}).
     */
    private record Package(EditionRenderer inner) implements EditionRenderer {
        @Override
        public OutputFormat format() {
            return inner.format();
        }

        @Override
        public void render(EditionAnalysis edition, Language language, RenderOptions options, OutputStream out)
                throws RenderException, IOException {
            Path tmp = Files.createTempFile("barometer-", "." + format().extension());
            Locale locale = LocaleUtil.getUserLocale();
            TimeZone zone = LocaleUtil.getUserTimeZone();
            try {
                LocaleUtil.setUserLocale(language.locale());
                LocaleUtil.setUserTimeZone(TimeZone.getTimeZone("UTC"));
                try (OutputStream file = Files.newOutputStream(tmp)) {
                    inner.render(edition, language, options, new SizeLimitedStream(file, options.maxOutputBytes()));
                }
                try (InputStream in = Files.newInputStream(tmp)) {
                    Deterministic.zip(in, new SizeLimitedStream(out, options.maxOutputBytes()), edition.edition().document().date());
                }
            } catch (RenderException | IOException | RuntimeException e) {
                rethrowIfTooLarge(e, format(), options);
                throw e;
            } finally {
                LocaleUtil.setUserLocale(locale);
                LocaleUtil.setUserTimeZone(zone);
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Throws a clear {@link RenderException} if a failure comes from the size limit (libraries may wrap it). */
    private static void rethrowIfTooLarge(Exception e, OutputFormat format, RenderOptions options) throws RenderException {
        if (SizeLimitedStream.causedByLimit(e)) {
            throw new RenderException("the " + format.extension().toUpperCase(Locale.ROOT) + " edition would be over "
                    + options.maxOutputBytes() + " bytes, the limit for one document", e);
        }
    }
}
