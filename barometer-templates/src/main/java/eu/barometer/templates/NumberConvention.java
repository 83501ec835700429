package eu.barometer.templates;

import java.util.Locale;
import java.util.Optional;

/**
 * How a template set writes numbers: the setting {@code number-style} of its
 * {@code template-set.properties}.
 *
 * @since 0.2
 */
public enum NumberConvention {
    /**
     * The EU Interinstitutional Style Guide (sections 6.4 and 6.5), the default: a no-break space
     * between thousands in every language ({@code 285 506}), a decimal point in English, Irish and
     * Maltese and a decimal comma in the other languages, a no-break space before the percent sign
     * ({@code 22 %}).
     */
    STYLE_GUIDE("style-guide"),
    /**
     * The style of earlier editions: English, Irish and Maltese group thousands with a comma and
     * close up the percent sign ({@code 285,506}, {@code 22%}); the other languages as the guide.
     */
    ENGLISH_COMMAS("english-commas");

    private final String code;

    NumberConvention(String code) {
        this.code = code;
    }

    /** The value of {@code number-style}. */
    public String code() {
        return code;
    }

    /** The convention of a {@code number-style} value, if it names one. */
    public static Optional<NumberConvention> byCode(String code) {
        for (NumberConvention c : values()) {
            if (c.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
