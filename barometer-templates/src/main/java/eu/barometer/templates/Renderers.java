package eu.barometer.templates;

import eu.barometer.templates.html.HtmlRenderer;
import eu.barometer.templates.pdf.PdfRenderer;
import eu.barometer.templates.xlsx.XlsxRenderer;

import java.util.Objects;

/**
 * The renderer of each edition format.
 *
 * <pre>{@code
 * EditionRenderer pdf = Renderers.forFormat(OutputFormat.PDF, TemplateSet.builtIn());
 * pdf.render(analysis, Language.SL, RenderOptions.DEFAULT, out);
 * }</pre>
 *
 * @since 0.1
 */
public final class Renderers {

    private Renderers() { }

    /**
     * A renderer for a format using a template set. Renderers are immutable and thread-safe.
     *
     * @throws IllegalArgumentException if this build has no renderer for the format
     */
    public static EditionRenderer forFormat(OutputFormat format, TemplateSet set) {
        Objects.requireNonNull(set, "set");
        return switch (Objects.requireNonNull(format, "format")) {
            case PDF -> new PdfRenderer(set);
            case HTML -> new HtmlRenderer(set);
            case XLSX -> new XlsxRenderer(set);
            default -> throw new IllegalArgumentException("the " + format.extension().toUpperCase(java.util.Locale.ROOT)
                    + " edition is not available in this build");
        };
    }
}
