package eu.barometer.templates.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes sheet names Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \}, no
 * apostrophe at either end, not "History" (reserved by Excel), and unique without regard to case
 * ("Eurojust (2)" for the second table of that name). Not thread-safe: one per workbook.
 */
final class SheetNames {

    /** The longest sheet name Excel accepts. */
    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** A new unique name made from the wish; {@code fallback} if nothing usable remains. */
    String unique(String wish, String fallback) {
        String base = clean(wish);
        if (base.isEmpty()) {
            base = clean(fallback);
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()).strip() + suffix;
        }
        return name;
    }

    /** The wish with forbidden characters replaced, whitespace collapsed, cut to 31 characters. */
    static String clean(String wish) {
        StringBuilder sb = new StringBuilder();
        wish.codePoints().forEach(cp -> {
            if ("[]:*?/\\".indexOf(cp) >= 0) {
                sb.append('-');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String s = sb.toString().replaceAll(" +", " ").strip();
        s = cut(s, MAX_LENGTH).strip();
        while (s.startsWith("'")) {
            s = s.substring(1).strip();
        }
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.equalsIgnoreCase("History")) {
            s = s + " 1";
        }
        return s;
    }

    /** At most {@code max} UTF-16 units, never splitting a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
