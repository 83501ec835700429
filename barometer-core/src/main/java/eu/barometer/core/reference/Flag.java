package eu.barometer.core.reference;

import java.util.List;

/**
 * A footnote flag on a figure: provisional or estimated values stay marked through to the editions.
 * A figure computed from several (a total, a year-to-date sum, a share) carries the {@link Flags}
 * of all of them.
 *
 * @since 0.1
 */
public enum Flag implements Coded {
    NONE("none", ""),
    /** Provisional (preliminary) figure, to be revised: input flags {@code p} or {@code *}. */
    PROVISIONAL("provisional", "p", "*", "preliminary", "prov"),
    /** Estimated figure: input flag {@code e}. */
    ESTIMATED("estimated", "e", "est");

    private final String code;
    private final List<String> aliases;

    Flag(String code, String... aliases) {
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
        return "flag." + code;
    }

    /** The vocabulary of this type, for lookups with suggestions. */
    public static Vocabulary<Flag> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<Flag> VOCABULARY = Vocabulary.of("flag", Flag.class);
    }
}
