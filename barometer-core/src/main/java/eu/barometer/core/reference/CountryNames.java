package eu.barometer.core.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Country names as EU texts write them (Interinstitutional Style Guide, section 7.1 and Annex A5):
 * the JDK's CLDR short names, corrected where the Style Guide differs ("Türkiye", "Czechia",
 * "Bosnia and Herzegovina", never "&amp;"); the corrections are in {@code country-names.properties}
 * next to this class, as {@code <lang>.<ISO code>=name}.
 *
 * @since 0.1
 */
public final class CountryNames {

    private static final Properties OVERRIDES = new Properties();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    static {
        try (InputStream in = CountryNames.class.getResourceAsStream("country-names.properties")) {
            OVERRIDES.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CountryNames() {
    }

    /** The short name of a country (ISO 3166 alpha-2, {@code GR} or {@code EL} for Greece) in a language. */
    public static String of(String isoCode, Language language) {
        String iso = isoCode.strip().toUpperCase(Locale.ROOT);
        String code = iso.equals("EL") ? "GR" : iso;
        return CACHE.computeIfAbsent(language.code() + "." + code, k -> {
            String own = OVERRIDES.getProperty(k);
            if (own != null) {
                return own.strip();
            }
            String name = new Locale("", code).getDisplayCountry(language.locale());
            // CLDR's short forms join with an ampersand ("Trinidad & Tobago"); EU texts write the word.
            return name.replace(" & ", " " + OVERRIDES.getProperty(language.code() + ".and", "and") + " ");
        });
    }
}
