package eu.barometer.core.reference;

import java.util.List;

/**
 * The kind of an external border section.
 *
 * @since 0.1
 */
public enum BorderType implements Coded {
    LAND("land"),
    SEA("sea"),
    AIR("air");

    private final String code;
    private final List<String> aliases;

    BorderType(String code, String... aliases) {
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
        return "border." + code;
    }

    /** The vocabulary of this type, for lookups with suggestions. */
    public static Vocabulary<BorderType> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<BorderType> VOCABULARY = Vocabulary.of("border type", BorderType.class);
    }
}
