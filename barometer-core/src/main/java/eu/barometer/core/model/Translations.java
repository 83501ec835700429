package eu.barometer.core.model;

import eu.barometer.core.reference.Language;

import java.util.Map;
import java.util.Optional;

/**
 * The per-language variants of a row's free-text columns ({@code deliverable_sl},
 * {@code comment_de}, {@code section_el}, …): for each column, its text as written and the
 * translations given.
 *
 * @param byColumn the column's name to its text and translations; never null
 * @since 0.1
 */
public record Translations(Map<String, LocalizedText> byColumn) {

    /** No translations. */
    public static final Translations NONE = new Translations(Map.of());

    public Translations {
        byColumn = Map.copyOf(byColumn);
    }

    /** The translation of a column's text into a language, if the input gives one. */
    public Optional<String> of(String column, Language language) {
        LocalizedText t = byColumn.get(column);
        return t == null ? Optional.empty() : Optional.ofNullable(t.translations().get(language));
    }
}
