package eu.barometer.core.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The institutions, agencies and groups that own actions and send figures, with their names in
 * the 24 official languages (EU institutional usage and IATE: "ESZD" for the EEAS in Slovenian,
 * "Европол" in Bulgarian). Inputs name them in English or by abbreviation; the editions print the
 * name of their language. The names live in {@code organisations.properties} next to this class.
 *
 * @since 0.1
 */
public enum Organisation {
    MEMBER_STATES, COMMISSION, EEAS, FRONTEX, EUROPOL, EMSC, EU_IRU, EFECC, EUROJUST, EU_LISA, EUAA, EMPACT, INTERPOL, EUROSTAT;

    private static final Map<String, Organisation> BY_ALIAS = new HashMap<>();
    private static final Map<Organisation, Map<Language, String>> NAMES = new EnumMap<>(Organisation.class);
    private static final Map<Organisation, List<String>> ALIASES = new EnumMap<>(Organisation.class);

    static {
        Properties p = new Properties();
        try (InputStream in = Organisation.class.getResourceAsStream("organisations.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Organisation o : values()) {
            List<String> aliases = Arrays.stream(p.getProperty(o.name() + ".aliases", "").split("\\|"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            ALIASES.put(o, aliases);
            for (String a : aliases) {
                BY_ALIAS.put(key(a), o);
            }
            Map<Language, String> names = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                String n = p.getProperty(o.name() + "." + l.code());
                if (n == null || n.isBlank()) {
                    throw new IllegalStateException("organisations.properties has no " + l.code() + " name of " + o);
                }
                names.put(l, n.strip());
            }
            NAMES.put(o, names);
        }
    }

    /** The name in a language, e.g. "države članice", "ΕΥΕΔ". Never null. */
    public String in(Language language) {
        return NAMES.get(this).get(language);
    }

    /** The names accepted on input, the English name first. */
    public List<String> aliases() {
        return ALIASES.get(this);
    }

    /** The organisation a name of the inputs stands for (case and spacing aside), if it is one. */
    public static Optional<Organisation> lookup(String name) {
        return Optional.ofNullable(BY_ALIAS.get(key(name)));
    }

    /**
     * Splits a list of names as inputs write it ("Europol, EMSC and EU IRU", "Member States;
     * Commission") into its names: at commas, semicolons, slashes and " and ", except inside
     * brackets ("Europol (EMSC and EU IRU)") and inside a known name.
     */
    public static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String part : splitOutsideBrackets(list, ",;/")) {
            if (lookup(part).isPresent()) {
                out.add(part);
            } else {
                out.addAll(splitOutsideBrackets(part.replace(" and ", "\u0000"), "\u0000"));
            }
        }
        return out;
    }

    private static List<String> splitOutsideBrackets(String s, String separators) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && separators.indexOf(c) >= 0) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c == '\u0000' ? " and " : String.valueOf(c));
            }
        }
        parts.add(cur.toString());
        return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The English names of all organisations, for messages: "Member States, European Commission, EEAS, …". */
    public static String knownNames() {
        return String.join(", ", Arrays.stream(values()).map(o -> o.aliases().get(0)).toList());
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
