package eu.barometer.core.reference;

import java.util.List;

/**
 * The JHA information systems whose use Member States report (action I.3).
 *
 * @since 0.1
 */
public enum InformationSystem implements Coded {
    /** Schengen Information System (eu-LISA). */
    SIS("SIS"),
    /** Secure Information Exchange Network Application (Europol). */
    SIENA("SIENA"),
    /** Europol Information System. */
    EIS("EIS"),
    /** Frontex Information Exchange and Liaison Data System. */
    FIELDS("FIELDS"),
    /** False and Authentic Documents Online. */
    FADO("FADO"),
    /** Interpol Stolen and Lost Travel Documents database. */
    SLTD("SLTD", "Interpol SLTD"),
    /** Visa Information System (eu-LISA). */
    VIS("VIS"),
    /** Eurodac (eu-LISA). */
    EURODAC("EURODAC");

    private final String code;
    private final List<String> aliases;

    InformationSystem(String code, String... aliases) {
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
        return "system." + code;
    }

    /** The vocabulary of this type, for lookups with suggestions. */
    public static Vocabulary<InformationSystem> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<InformationSystem> VOCABULARY = Vocabulary.of("information system", InformationSystem.class);
    }
}
