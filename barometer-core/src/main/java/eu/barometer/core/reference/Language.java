package eu.barometer.core.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 24 official languages of the EU, declared in EU order (by each language's own name).
 *
 * @since 0.1
 */
public enum Language {
    BG("bg", Script.CYRILLIC, "български"), ES("es", Script.LATIN, "español"), CS("cs", Script.LATIN, "čeština"),
    DA("da", Script.LATIN, "dansk"), DE("de", Script.LATIN, "Deutsch"), ET("et", Script.LATIN, "eesti keel"),
    EL("el", Script.GREEK, "ελληνικά"), EN("en", Script.LATIN, "English"), FR("fr", Script.LATIN, "français"),
    GA("ga", Script.LATIN, "Gaeilge"), HR("hr", Script.LATIN, "hrvatski"), IT("it", Script.LATIN, "italiano"),
    LV("lv", Script.LATIN, "latviešu valoda"), LT("lt", Script.LATIN, "lietuvių kalba"),
    HU("hu", Script.LATIN, "magyar"), MT("mt", Script.LATIN, "Malti"), NL("nl", Script.LATIN, "Nederlands"),
    PL("pl", Script.LATIN, "polski"), PT("pt", Script.LATIN, "português"), RO("ro", Script.LATIN, "română"),
    SK("sk", Script.LATIN, "slovenčina"), SL("sl", Script.LATIN, "slovenščina"), FI("fi", Script.LATIN, "suomi"),
    SV("sv", Script.LATIN, "svenska");

    private static final Map<String, Language> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Language::code, Function.identity()));

    private final String code;
    private final Script script;
    private final String nativeName;
    private final Locale locale;

    Language(String code, Script script, String nativeName) {
        this.code = code;
        this.script = script;
        this.nativeName = nativeName;
        this.locale = Locale.forLanguageTag(code);
    }

    /** The ISO 639-1 code in lower case, e.g. {@code sl}. */
    public String code() {
        return code;
    }

    /** The script the language is written in. */
    public Script script() {
        return script;
    }

    /** The language's name in itself. */
    public String nativeName() {
        return nativeName;
    }

    /** The Java locale of the language. */
    public Locale locale() {
        return locale;
    }

    /** The language with this code (case-insensitive), if any. */
    public static Optional<Language> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code.trim().toLowerCase(Locale.ROOT)));
    }
}
