package eu.barometer.templates.internal;

import eu.barometer.core.reference.Language;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The labels of a template set in one language, falling back key by key to English. Immutable.
 */
public final class Messages {

    private final Language language;
    private final Map<String, String> merged;

    /**
     * @param language the language
     * @param own      the language's own bundle (may be empty)
     * @param english  the English bundle, the fallback for every key
     */
    public Messages(Language language, Map<String, String> own, Map<String, String> english) {
        this.language = language;
        Map<String, String> m = new HashMap<>(english);
        m.putAll(own);
        this.merged = Collections.unmodifiableMap(m);
    }

    public Language language() {
        return language;
    }

    /** The label for a key; a key missing from the set is a bug in the set, reported with the key. */
    public String get(String key) {
        String v = merged.get(key);
        if (v == null) {
            throw new NoSuchElementException("no message '" + key + "' in messages_" + language.code()
                    + ".properties or messages_en.properties of the template set");
        }
        return v;
    }

    /**
     * The label with {@code {0}}, {@code {1}}, … replaced by the arguments (no other syntax). A
     * sentence's full stop right after an argument that ends in one (a Bulgarian date's "г.", a
     * Hungarian "4.") is not doubled.
     */
    public String format(String key, Object... args) {
        String pattern = get(key);
        StringBuilder sb = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                sb.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
                i = close;
            } else {
                sb.append(c);
            }
        }
        return oneFullStop(sb.toString());
    }

    /** "2023 г.." becomes "2023 г.": two full stops never end a sentence (an ellipsis has three). */
    static String oneFullStop(String s) {
        int i = s.indexOf("..");
        if (i < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean pair = c == '.' && k > 0 && s.charAt(k - 1) == '.'
                    && (k < 2 || s.charAt(k - 2) != '.') && (k + 1 >= s.length() || s.charAt(k + 1) != '.')
                    && k >= 2 && !Character.isWhitespace(s.charAt(k - 2));
            if (!pair) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Every label, for the template's {@code msg} hash. */
    public Map<String, String> all() {
        return merged;
    }

    /** The keys. */
    public Set<String> keys() {
        return merged.keySet();
    }
}
