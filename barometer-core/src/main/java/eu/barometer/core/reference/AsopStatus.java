package eu.barometer.core.reference;

import java.util.List;

/**
 * Status of an anti-smuggling operational partnership (ASOP) with a third country.
 *
 * @since 0.1
 */
public enum AsopStatus implements Coded {
    NONE("none"),
    UNDER_DISCUSSION("under-discussion", "discussion"),
    LAUNCHED("launched"),
    OPERATIONAL("operational");

    private final String code;
    private final List<String> aliases;

    AsopStatus(String code, String... aliases) {
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
        return "asop." + code;
    }

    /** The vocabulary of this type, for lookups with suggestions. */
    public static Vocabulary<AsopStatus> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<AsopStatus> VOCABULARY = Vocabulary.of("ASOP status", AsopStatus.class);
    }
}
