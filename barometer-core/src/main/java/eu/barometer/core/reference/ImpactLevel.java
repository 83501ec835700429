package eu.barometer.core.reference;

import java.util.List;

/**
 * Impact levels attributed to external border sections (Regulation (EU) 2019/1896, Art. 34), lowest first.
 *
 * @since 0.1
 */
public enum ImpactLevel implements Coded {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    /** A temporary level for a section under critical pressure. */
    CRITICAL("critical");

    private final String code;
    private final List<String> aliases;

    ImpactLevel(String code, String... aliases) {
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
        return "impact." + code;
    }

    /** The vocabulary of this type, for lookups with suggestions. */
    public static Vocabulary<ImpactLevel> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<ImpactLevel> VOCABULARY = Vocabulary.of("impact level", ImpactLevel.class);
    }
}
