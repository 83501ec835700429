package eu.barometer.core.reference;

import java.util.List;

/**
 * The type of a Council document.
 *
 * @since 0.1
 */
public enum DocumentType implements Coded {
    NOTE("NOTE"),
    INFORMATION_NOTE("INFORMATION NOTE"),
    REPORT("REPORT"),
    COVER_NOTE("COVER NOTE");

    private final String code;
    private final List<String> aliases;

    DocumentType(String code, String... aliases) {
        this.code = code;
        this.aliases = List.of(aliases);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public String labelKey() {
        return "doctype." + code;
    }

    /** The vocabulary of this type, for lookups with suggestions. */
    public static Vocabulary<DocumentType> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<DocumentType> VOCABULARY = Vocabulary.of("document type", DocumentType.class);
    }
}
