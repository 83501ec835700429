package eu.barometer.core.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up coded values by code or alias, case-, space- and punctuation-insensitively, and
 * suggests the nearest codes for a value that is not known.
 *
 * @param <E> the vocabulary
 * @since 0.1
 */
public final class Vocabulary<E> {

    private final String what;
    private final List<String> codes;
    private final Map<String, E> byKey;
    /** Exact spellings (as declared, upper and lower case) looked up before normalising, for speed. */
    private final Map<String, E> exact;

    private Vocabulary(String what, List<String> codes, Map<String, E> byKey, Map<String, E> exact) {
        this.what = what;
        this.codes = List.copyOf(codes);
        this.byKey = Map.copyOf(byKey);
        this.exact = Map.copyOf(exact);
    }

    private static <E> void putExact(Map<String, E> exact, String spelling, E value) {
        exact.putIfAbsent(spelling, value);
        exact.putIfAbsent(spelling.toLowerCase(Locale.ROOT), value);
        exact.putIfAbsent(spelling.toUpperCase(Locale.ROOT), value);
    }

    /** A vocabulary of an enum that implements {@link Coded}. */
    public static <E extends Enum<E> & Coded> Vocabulary<E> of(String what, Class<E> type) {
        List<String> codes = new ArrayList<>();
        Map<String, E> byKey = new HashMap<>();
        Map<String, E> exact = new HashMap<>();
        for (E e : type.getEnumConstants()) {
            codes.add(e.code());
            byKey.put(normalise(e.code()), e);
            byKey.put(normalise(e.name()), e);
            putExact(exact, e.code(), e);
            for (String alias : e.aliases()) {
                byKey.put(normalise(alias), e);
            }
        }
        return new Vocabulary<>(what, codes, byKey, exact);
    }

    /** The vocabulary of the states, by EU code. */
    public static Vocabulary<Country> countries() {
        return COUNTRIES;
    }

    private static final Vocabulary<Country> COUNTRIES;

    static {
        List<String> codes = new ArrayList<>();
        Map<String, Country> byKey = new HashMap<>();
        Map<String, Country> exact = new HashMap<>();
        for (Country c : Country.values()) {
            codes.add(c.code());
            byKey.put(c.code(), c);
            putExact(exact, c.code(), c);
        }
        COUNTRIES = new Vocabulary<>("country", codes, byKey, exact);
    }

    /** What the vocabulary names, for messages ("country", "information system"). */
    public String what() {
        return what;
    }

    /** The accepted codes, in declaration order. */
    public List<String> codes() {
        return codes;
    }

    /** The value for a code or alias, if any. */
    public Optional<E> lookup(String text) {
        E e = exact.get(text);
        return Optional.ofNullable(e != null ? e : byKey.get(normalise(text)));
    }

    /**
     * The codes nearest to an unknown value (edit distance at most 2, or a shared prefix),
     * best first; at most three. Special-cases the usual mistake {@code GR} for Greece.
     */
    public List<String> suggest(String text) {
        String t = normalise(text);
        if (this == COUNTRIES) {
            if (t.equals("GR")) {
                return List.of("EL");
            }
            if (t.equals("UK") || t.equals("GB")) {
                return List.of();
            }
        }
        Map<String, String> byNormal = new HashMap<>();
        for (String code : codes) {
            byNormal.put(normalise(code), code);
        }
        return Suggestions.nearest(t, byNormal.keySet()).stream().map(byNormal::get).toList();
    }

    /** The message fragment for an unknown value: "did you mean 'EL'?" or the list of accepted codes. */
    public String hint(String text) {
        List<String> s = suggest(text);
        if (!s.isEmpty()) {
            return "did you mean " + String.join(" or ", s.stream().map(x -> "'" + x + "'").toList()) + "?";
        }
        if (codes.size() <= 12) {
            return "expected one of " + String.join(", ", codes);
        }
        return "expected one of " + String.join(", ", codes.subList(0, 12)) + ", … (" + codes.size() + " codes)";
    }

    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                b.append(Character.toUpperCase(ch));
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
