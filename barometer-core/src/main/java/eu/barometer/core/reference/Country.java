package eu.barometer.core.reference;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The EU Member States and the Schengen associated states, declared in Council protocol order
 * (each state's name in its own language), then the associated states.
 *
 * <p>Codes are ISO 3166 alpha-2 except {@code EL} for Greece, as in EU texts. {@link #ordinal()}
 * is the protocol order.
 *
 * @since 0.1
 */
public enum Country {
    BE("BE", true), BG("BG", true), CZ("CZ", true), DK("DK", true), DE("DE", true),
    EE("EE", true), IE("IE", true), EL("GR", true), ES("ES", true), FR("FR", true),
    HR("HR", true), IT("IT", true), CY("CY", true), LV("LV", true), LT("LT", true),
    LU("LU", true), HU("HU", true), MT("MT", true), NL("NL", true), AT("AT", true),
    PL("PL", true), PT("PT", true), RO("RO", true), SI("SI", true), SK("SK", true),
    FI("FI", true), SE("SE", true),
    IS("IS", false), LI("LI", false), NO("NO", false), CH("CH", false);

    private static final Map<String, Country> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Country::code, Function.identity()));
    private static final List<Country> EU = Arrays.stream(values()).filter(Country::isEuMember).toList();

    private final String iso;
    private final boolean euMember;

    Country(String iso, boolean euMember) {
        this.iso = iso;
        this.euMember = euMember;
    }

    /** The EU code: ISO 3166 alpha-2 except {@code EL} for Greece. Never null. */
    public String code() {
        return name();
    }

    /** The ISO 3166 alpha-2 code ({@code GR} for Greece). */
    public String isoCode() {
        return iso;
    }

    /** True for the 27 EU Member States, false for the associated states IS, LI, NO, CH. */
    public boolean isEuMember() {
        return euMember;
    }

    /** The short name of the state in the given language, from the JDK's CLDR data. */
    public String displayName(Locale language) {
        return new Locale("", iso).getDisplayCountry(language);
    }

    /** The state with this EU code (case-insensitive), if any. */
    public static Optional<Country> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** The 27 EU Member States in protocol order. */
    public static List<Country> euMembers() {
        return Collections.unmodifiableList(EU);
    }
}
