package eu.barometer.core.reference;

import java.util.List;

/**
 * Frontex migratory routes for detections of irregular border crossings.
 *
 * @since 0.1
 */
public enum Route implements Coded {
    WESTERN_BALKAN("western-balkan", "Western Balkan Route", "Western Balkans"),
    EASTERN_MEDITERRANEAN("eastern-mediterranean", "Eastern Mediterranean Route"),
    CENTRAL_MEDITERRANEAN("central-mediterranean", "Central Mediterranean Route"),
    WESTERN_MEDITERRANEAN("western-mediterranean", "Western Mediterranean Route"),
    WESTERN_AFRICAN("western-african", "Western African Route", "Atlantic route"),
    EASTERN_BORDERS("eastern-borders", "Eastern Borders Route", "Eastern Land Border Route"),
    BLACK_SEA("black-sea", "Black Sea Route"),
    CIRCULAR_ALBANIA_GREECE("circular-albania-greece", "Circular Route from Albania to Greece"),
    OTHER("other", "Other");

    private final String code;
    private final List<String> aliases;

    Route(String code, String... aliases) {
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
        return "route." + code;
    }

    /** The vocabulary of this type, for lookups with suggestions. */
    public static Vocabulary<Route> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<Route> VOCABULARY = Vocabulary.of("migratory route", Route.class);
    }
}
