package eu.barometer.core.reference;

import java.util.List;

/**
 * The status an owner reports for an action of the tracker.
 *
 * @since 0.1
 */
public enum ActionStatus implements Coded {
    NOT_STARTED("not-started"),
    IN_PROGRESS("in-progress", "ongoing"),
    DONE("done", "completed", "delivered"),
    CANCELLED("cancelled");

    private final String code;
    private final List<String> aliases;

    ActionStatus(String code, String... aliases) {
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
        return "status." + code;
    }

    /** The vocabulary of this type, for lookups with suggestions. */
    public static Vocabulary<ActionStatus> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<ActionStatus> VOCABULARY = Vocabulary.of("action status", ActionStatus.class);
    }
}
