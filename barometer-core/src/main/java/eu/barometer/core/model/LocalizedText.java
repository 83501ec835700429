package eu.barometer.core.model;

import eu.barometer.core.reference.Language;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A text with optional translations: {@link #in(Language)} gives the translation if there is one,
 * else the default text.
 *
 * @param defaultText  the text used where no translation exists; never null (may be empty)
 * @param translations translations by language; never null
 * @since 0.1
 */
public record LocalizedText(String defaultText, Map<Language, String> translations) {

    public LocalizedText {
        Objects.requireNonNull(defaultText, "defaultText");
        translations = translations.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(translations));
    }

    /** A text without translations. */
    public static LocalizedText of(String text) {
        return new LocalizedText(text, Map.of());
    }

    /** The text in a language, falling back to the default text. Never null. */
    public String in(Language language) {
        return translations.getOrDefault(language, defaultText);
    }

    @Override
    public String toString() {
        return defaultText;
    }
}
