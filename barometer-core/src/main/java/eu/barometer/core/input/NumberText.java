package eu.barometer.core.input;

import eu.barometer.core.reference.Flag;

import java.math.BigDecimal;

/**
 * Parses numbers as spreadsheets export them: thousands separators (point, comma, apostrophe,
 * normal, non-breaking and thin spaces), a decimal comma or point, a sign, and a footnote flag
 * after the number ({@code p}, {@code e}, {@code *}, optionally in brackets).
 */
final class NumberText {

    /** A parsed number with its flag, or an error message saying what was expected. */
    record Parsed(BigDecimal value, Flag flag, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private NumberText() { }

    static Parsed parse(String raw, InputFormat.Decimal decimal) {
        String s = raw.strip();
        Flag flag = Flag.NONE;
        // footnote flag at the end: "123 p", "123p", "123*", "123 (p)", "123[e]"
        int end = s.length();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        for (String[] f : FLAGS) {
            if (lower.endsWith(f[0]) && s.length() > f[0].length()) {
                char before = s.charAt(s.length() - f[0].length() - 1);
                if (Character.isDigit(before) || Character.isWhitespace(before) || before == '\u00A0') {
                    flag = f[1].equals("p") ? Flag.PROVISIONAL : Flag.ESTIMATED;
                    end = s.length() - f[0].length();
                    break;
                }
            }
        }
        StringBuilder digits = new StringBuilder(end);
        boolean negative = false;
        int decimals = -1;
        int lastSep = -1;
        char sepChar = 0;
        int i = 0;
        String body = s.substring(0, end).strip();
        if (body.isEmpty()) {
            return new Parsed(null, flag, "no number");
        }
        char first = body.charAt(0);
        if (first == '-' || first == '\u2212') {
            negative = true;
            i = 1;
        } else if (first == '+') {
            i = 1;
        }
        char decimalChar = decimal == InputFormat.Decimal.COMMA ? ',' : '.';
        int digitsSinceSep = 0;
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                digitsSinceSep++;
            } else if (c == decimalChar && decimals < 0) {
                if (lastSep >= 0 && digitsSinceSep != 3) {
                    return bad(raw, decimal);
                }
                decimals = 0;
                digitsSinceSep = 0;
                lastSep = -2;
            } else if (isGroupSeparator(c, decimalChar) && decimals < 0) {
                if (digits.length() == 0 || (lastSep >= 0 && digitsSinceSep != 3) || (lastSep < 0 && digitsSinceSep > 3)
                        || (sepChar != 0 && sepChar != c)) {
                    return bad(raw, decimal);
                }
                sepChar = c;
                lastSep = i;
                digitsSinceSep = 0;
            } else {
                return bad(raw, decimal);
            }
            if (decimals >= 0 && c >= '0' && c <= '9') {
                decimals++;
            }
        }
        if (digits.length() == 0 || (lastSep >= 0 && digitsSinceSep != 3)) {
            return bad(raw, decimal);
        }
        BigDecimal value = new BigDecimal(digits.toString());
        if (decimals > 0) {
            value = value.movePointLeft(decimals);
        }
        return new Parsed(negative ? value.negate() : value, flag, null);
    }

    private static boolean isGroupSeparator(char c, char decimalChar) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\''
                || (c == '.' && decimalChar == ',') || (c == ',' && decimalChar == '.');
    }

    private static Parsed bad(String raw, InputFormat.Decimal decimal) {
        String example = decimal == InputFormat.Decimal.COMMA ? "1234, 1 234 or 1.234,5" : "1234, 1 234 or 1,234.5";
        return new Parsed(null, Flag.NONE, "'" + raw.strip() + "' is not a number; expected a number such as " + example);
    }

    private static final String[][] FLAGS = {
        {"(p)", "p"}, {"[p]", "p"}, {"(e)", "e"}, {"[e]", "e"}, {"*", "p"}, {"p", "p"}, {"e", "e"},
    };
}
