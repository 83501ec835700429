package eu.barometer.templates;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of one render. Immutable.
 *
 * @param pdfA          write the PDF as PDF/A-1b (ignored by other formats)
 * @param timeLimit     the longest a template may run before the render is stopped
 * @param maxOutputBytes the largest document a render may produce
 * @since 0.1
 */
public record RenderOptions(boolean pdfA, Duration timeLimit, long maxOutputBytes) {

    /** No PDF/A, 10 s per template run, 256 MiB per document. */
    public static final RenderOptions DEFAULT = new RenderOptions(false, Duration.ofSeconds(10), 256L * 1024 * 1024);

    public RenderOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero() || maxOutputBytes < 1) {
            throw new IllegalArgumentException("time limit and size limit must be positive");
        }
    }

    /** These options with PDF/A on or off. */
    public RenderOptions withPdfA(boolean on) {
        return new RenderOptions(on, timeLimit, maxOutputBytes);
    }
}
