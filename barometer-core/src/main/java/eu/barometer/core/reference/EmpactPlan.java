package eu.barometer.core.reference;

import java.util.List;

/**
 * EMPACT operational action plans (OAPs) of the 2022–2025 cycle that the barometer follows.
 *
 * @since 0.1
 */
public enum EmpactPlan implements Coded {
    /** Migrant smuggling. */
    MIGRANT_SMUGGLING("MS", "migrant smuggling"),
    /** Trafficking in human beings. */
    TRAFFICKING_IN_HUMAN_BEINGS("THB", "trafficking in human beings"),
    /** Criminal finances, money laundering and asset recovery. */
    CRIMINAL_FINANCES("CFMLAR", "money laundering", "criminal finances"),
    /** Document fraud. */
    DOCUMENT_FRAUD("DF", "document fraud"),
    /** High-risk criminal networks. */
    HIGH_RISK_CRIMINAL_NETWORKS("HRCN", "high-risk criminal networks");

    private final String code;
    private final List<String> aliases;

    EmpactPlan(String code, String... aliases) {
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
        return "empact." + code;
    }

    /** The vocabulary of this type, for lookups with suggestions. */
    public static Vocabulary<EmpactPlan> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<EmpactPlan> VOCABULARY = Vocabulary.of("EMPACT action plan", EmpactPlan.class);
    }
}
