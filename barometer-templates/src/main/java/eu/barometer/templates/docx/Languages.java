package eu.barometer.templates.docx;

import eu.barometer.core.reference.Language;

import java.util.EnumMap;
import java.util.Map;

/** Word's language tags (w:lang) for proofing: the language with the country Word's dictionaries use. */
final class Languages {

    private static final Map<Language, String> TAGS = new EnumMap<>(Language.class);

    static {
        String[][] tags = {{"BG", "bg-BG"}, {"ES", "es-ES"}, {"CS", "cs-CZ"}, {"DA", "da-DK"}, {"DE", "de-DE"},
            {"ET", "et-EE"}, {"EL", "el-GR"}, {"EN", "en-GB"}, {"FR", "fr-FR"}, {"GA", "ga-IE"}, {"HR", "hr-HR"},
            {"IT", "it-IT"}, {"LV", "lv-LV"}, {"LT", "lt-LT"}, {"HU", "hu-HU"}, {"MT", "mt-MT"}, {"NL", "nl-NL"},
            {"PL", "pl-PL"}, {"PT", "pt-PT"}, {"RO", "ro-RO"}, {"SK", "sk-SK"}, {"SL", "sl-SI"}, {"FI", "fi-FI"},
            {"SV", "sv-SE"}};
        for (String[] t : tags) {
            TAGS.put(Language.valueOf(t[0]), t[1]);
        }
    }

    private Languages() { }

    /** E.g. {@code el-GR} for Greek, {@code en-GB} for English (EU English is British). */
    static String wordTag(Language language) {
        return TAGS.getOrDefault(language, language.code());
    }
}
