package eu.barometer.core.reference;

import java.util.List;

/**
 * How well a third country cooperates against migrant smuggling, as reported by the EEAS.
 *
 * @since 0.1
 */
public enum CooperationLevel implements Coded {
    GOOD("good"),
    PARTIAL("partial"),
    INSUFFICIENT("insufficient"),
    NOT_ASSESSED("not-assessed", "n/a");

    private final String code;
    private final List<String> aliases;

    CooperationLevel(String code, String... aliases) {
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
        return "cooperation." + code;
    }

    /** The vocabulary of this type, for lookups with suggestions. */
    public static Vocabulary<CooperationLevel> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<CooperationLevel> VOCABULARY = Vocabulary.of("cooperation level", CooperationLevel.class);
    }
}
