package eu.barometer.templates.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import eu.barometer.templates.internal.FontFiles;
import org.xhtmlrenderer.pdf.ITextFontResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Liberation fonts as OpenPDF fonts, embedded with Identity-H so every glyph of Latin, Greek
 * and Cyrillic text is available. A BaseFont reads its font file while a PDF is written and is not
 * safe to share between concurrent writers, so each thread parses the fonts once and reuses them.
 */
final class PdfFonts {

    private static final ThreadLocal<PdfFonts> PER_THREAD = ThreadLocal.withInitial(PdfFonts::new);

    private final Map<String, BaseFont> fonts = new LinkedHashMap<>();
    private final ITextFontResolver resolver = new ITextFontResolver();

    private PdfFonts() {
        for (String file : FontFiles.FILES.keySet()) {
            try {
                fonts.put(file, BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        FontFiles.bytes(file), null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException("font " + file + " cannot be used: " + e.getMessage(), e);
            }
        }
        // The resolver reads each font's description (family, weight, style) from its file once, here.
        fonts.forEach((file, font) -> resolver.addFont(font, "liberation/" + file,
                file.startsWith("LiberationSerif") ? "Liberation Serif" : "Liberation Sans"));
    }

    /** Flying Saucer's font resolver holding the fonts, for this thread's renders. */
    ITextFontResolver resolver() {
        return resolver;
    }

    /** The fonts of the current thread. */
    static PdfFonts current() {
        return PER_THREAD.get();
    }

    /** File name to font. */
    Map<String, BaseFont> all() {
        return fonts;
    }

    /** True if both body fonts (serif and sans) can draw the code point. */
    boolean canDraw(int codePoint) {
        return fonts.get("LiberationSerif-Regular.ttf").charExists(codePoint)
                && fonts.get("LiberationSans-Regular.ttf").charExists(codePoint);
    }
}
