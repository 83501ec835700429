package eu.barometer.core.reference;

import java.util.List;

/**
 * A reason a Schengen State gives for reintroducing border control at internal borders, as the
 * Commission's list of notifications summarises them.
 *
 * @since 0.3
 */
public enum ControlReason implements Coded {
    TERRORIST_THREAT("terrorist-threat", "terrorism", "terrorist-threats"),
    SECONDARY_MOVEMENTS("secondary-movements", "secondary-movement"),
    MIGRANT_SMUGGLING("migrant-smuggling", "smuggling"),
    MIGRATORY_PRESSURE("migratory-pressure", "migration", "migration-pressure", "migration-situation"),
    ORGANISED_CRIME("organised-crime", "organized-crime", "crime"),
    MAJOR_EVENT("major-event", "event", "events"),
    OTHER("other");

    private final String code;
    private final List<String> aliases;

    ControlReason(String code, String... aliases) {
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
        return "reason." + code;
    }

    /** The vocabulary of this type, for lookups with suggestions. */
    public static Vocabulary<ControlReason> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<ControlReason> VOCABULARY = Vocabulary.of("reason", ControlReason.class);
    }
}
