package eu.barometer.core.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean …?" for unknown codes, column names and file names.
 *
 * @since 0.1
 */
public final class Suggestions {

    private Suggestions() { }

    /**
     * The candidates nearest to a text, best first, at most three: those within a small edit
     * distance (one edit for short words, two for longer ones) or that the text is a prefix of.
     */
    public static List<String> nearest(String text, Collection<String> candidates) {
        record Scored(String candidate, int distance) { }
        List<Scored> scored = new ArrayList<>();
        for (String c : candidates) {
            int d = distance(text, c);
            int limit = Math.max(1, Math.min(2, c.length() / 3));
            if (d <= limit || (text.length() >= 3 && c.startsWith(text))) {
                scored.add(new Scored(c, d));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance));
        return scored.stream().limit(3).map(Scored::candidate).toList();
    }

    /** The Levenshtein distance between two strings. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
