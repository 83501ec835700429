package eu.barometer.core.reference;

import java.util.List;

/**
 * Status of a Europol or Eurojust cooperation agreement with a third country.
 *
 * @since 0.1
 */
public enum AgreementStatus implements Coded {
    NONE("none"),
    NEGOTIATING("negotiating", "under negotiation"),
    WORKING_ARRANGEMENT("working-arrangement"),
    IN_FORCE("in-force", "operational agreement", "agreement");

    private final String code;
    private final List<String> aliases;

    AgreementStatus(String code, String... aliases) {
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
        return "agreement." + code;
    }

    /** The vocabulary of this type, for lookups with suggestions. */
    public static Vocabulary<AgreementStatus> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<AgreementStatus> VOCABULARY = Vocabulary.of("agreement status", AgreementStatus.class);
    }
}
