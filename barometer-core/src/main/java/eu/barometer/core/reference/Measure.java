package eu.barometer.core.reference;

import java.util.List;

/**
 * What a database-use figure counts.
 *
 * @since 0.1
 */
public enum Measure implements Coded {
    SEARCHES("searches", "queries", "checks"),
    HITS("hits"),
    ALERTS_CREATED("alerts-created", "alerts", "new alerts"),
    MESSAGES("messages"),
    CONTRIBUTIONS("contributions");

    private final String code;
    private final List<String> aliases;

    Measure(String code, String... aliases) {
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
        return "measure." + code;
    }

    /** The vocabulary of this type, for lookups with suggestions. */
    public static Vocabulary<Measure> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<Measure> VOCABULARY = Vocabulary.of("measure", Measure.class);
    }
}
