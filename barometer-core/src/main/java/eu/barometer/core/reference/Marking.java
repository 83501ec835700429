package eu.barometer.core.reference;

import java.util.List;

/**
 * The marking shown at the top and bottom of every page: the LIMITE distribution marking, one of
 * the four EU classification levels (Council Decision 2013/488/EU), or none for a public document.
 *
 * @since 0.1
 */
public enum Marking implements Coded {
    NONE("NONE", "", "PUBLIC"),
    LIMITE("LIMITE", "LIMITE"),
    RESTREINT_UE("RESTREINT UE/EU RESTRICTED", "RESTREINT UE/EU RESTRICTED", "RESTREINT UE", "EU RESTRICTED"),
    CONFIDENTIEL_UE("CONFIDENTIEL UE/EU CONFIDENTIAL", "CONFIDENTIEL UE/EU CONFIDENTIAL", "CONFIDENTIEL UE", "EU CONFIDENTIAL"),
    SECRET_UE("SECRET UE/EU SECRET", "SECRET UE/EU SECRET", "SECRET UE", "EU SECRET"),
    TRES_SECRET_UE("TRÈS SECRET UE/EU TOP SECRET", "TRÈS SECRET UE/EU TOP SECRET", "TRES SECRET UE", "EU TOP SECRET");

    private final String code;
    private final String text;
    private final List<String> aliases;

    Marking(String code, String text, String... aliases) {
        this.code = code;
        this.text = text;
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
        return "marking." + name();
    }

    /** The text printed on every page; the same in every language. Empty for {@link #NONE}. */
    public String text() {
        return text;
    }

    /** True for the four EU classification levels (not for LIMITE). */
    public boolean isClassified() {
        return ordinal() >= RESTREINT_UE.ordinal();
    }

    /** The vocabulary of markings. */
    public static Vocabulary<Marking> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<Marking> VOCABULARY = Vocabulary.of("marking", Marking.class);
    }
}
