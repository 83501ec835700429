package eu.barometer.templates.internal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import eu.barometer.core.model.Period;
import eu.barometer.core.reference.Coded;
import eu.barometer.core.reference.Language;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

/**
 * The labels of a template set in one language, falling back key by key to English, formatted
 * with ICU MessageFormat: CLDR plural rules of the language ({@code {0, plural, one{# action}
 * other{# actions}}}; Slovenian has one/two/few/other), {@code select} for case or gender, and
 * the argument types of Barometer+. Immutable and safe to share between threads.
 *
 * <p>Arguments are numbered ({@code {0}}, {@code {1}}, …) and typed by the value passed:
 * <ul>
 *   <li>a number ({@code long}, {@code int}, {@link BigDecimal}) prints in the edition's number
 *       style ({@link NumberStyle}), also where {@code #} stands for it in a plural; {@code plural}
 *       and {@code selectordinal} choose by its value;</li>
 *   <li>a {@link Period} prints as words ("July–September 2023"); {@code {1, period, genitive}}
 *       gives the genitive month names ("julija–septembra 2023", "Ιουλίου–Σεπτεμβρίου 2023");
 *       {@code {1, select, year{…} month{…} other{…}}} chooses by its kind;</li>
 *   <li>a {@link LocalDate} prints as a date ("11. oktober 2023"); {@code {1, date, genitive}}
 *       with the genitive month name ("11. oktobra 2023");</li>
 *   <li>a {@link Coded} value (an impact level, a status) selects by its code;</li>
 *   <li>anything else prints as its text and selects by it; {@code {0, text, lower}} starts it
 *       with a small letter, for a label used inside a sentence ("osrednjesredozemska pot").</li>
 * </ul>
 * The genitive month names come from CLDR's format context ("října", "Οκτωβρίου") unless the
 * bundle's {@code calendar.months-genitive} lists them ({@code |}-separated): CLDR gives
 * Slovenian "oktober" in both contexts, while EU texts write "19. oktobra 2023".
 *
 * <p>ICU's apostrophe rule applies: an apostrophe is literal ("Europol's") except before
 * {@code { } # |} or another apostrophe, where {@code '{'} quotes and {@code ''} is one apostrophe.
 */
public final class Messages {

    /** The key listing the genitive month names, January to December, separated by {@code |}. */
    public static final String GENITIVE_MONTHS = "calendar.months-genitive";

    /** A pattern that ICU or Barometer+ cannot use: the key, the offset in the pattern, what is wrong. */
    public record Problem(String key, int index, String message) { }

    private final Language language;
    private final NumberStyle style;
    private final ULocale locale;
    private final Map<String, String> patterns;
    private final Map<String, Compiled> compiled;
    private final Map<String, String> texts;
    private final List<String> genitiveMonths;
    private final List<Problem> problems;

    /**
     * @param language the language
     * @param own      the language's own bundle (may be empty)
     * @param english  the English bundle, the fallback for every key
     */
    public Messages(Language language, Map<String, String> own, Map<String, String> english) {
        this.language = language;
        this.style = NumberStyle.of(language);
        this.locale = ULocale.forLocale(language.locale());
        Map<String, String> m = new TreeMap<>(english);
        m.putAll(own);
        this.patterns = Collections.unmodifiableMap(m);
        Map<String, Compiled> c = new HashMap<>();
        Map<String, String> t = new TreeMap<>();
        List<Problem> found = new ArrayList<>();
        m.forEach((key, pattern) -> {
            try {
                Compiled x = compile(pattern, locale);
                c.put(key, x);
                t.put(key, x.arguments == 0 ? x.format(Map.of()) : pattern);
            } catch (PatternException e) {
                found.add(new Problem(key, e.index, e.getMessage()));
                t.put(key, pattern);
            }
        });
        this.compiled = c;
        this.texts = Collections.unmodifiableMap(t);
        this.problems = List.copyOf(found);
        String months = m.getOrDefault(GENITIVE_MONTHS, "").strip();
        List<String> names = months.isEmpty() ? List.of() : Arrays.stream(months.split("\\|")).map(String::strip).toList();
        this.genitiveMonths = names.size() == 12 ? names : List.of();
        if (!months.isEmpty() && names.size() != 12) {
            found.add(new Problem(GENITIVE_MONTHS, 0, "expected 12 month names separated by |, found " + names.size()));
        }
    }

    public Language language() {
        return language;
    }

    /** The patterns that cannot be used, with the offset of the mistake; empty for a good bundle. */
    public List<Problem> problems() {
        return problems;
    }

    /** The label of a key without arguments; a key missing from the set is a bug in the set, reported with the key. */
    public String get(String key) {
        return format(key);
    }

    /** The pattern of a key as written in the bundle. */
    public String pattern(String key) {
        String v = patterns.get(key);
        if (v == null) {
            throw new NoSuchElementException("no message '" + key + "' in messages_" + language.code()
                    + ".properties or messages_en.properties of the template set");
        }
        return v;
    }

    /**
     * The label with its arguments, formatted by type as the class comment describes. A sentence's
     * full stop right after an argument that ends in one (a Bulgarian date's "г.", a Hungarian
     * "4.") is not doubled.
     */
    public String format(String key, Object... args) {
        String pattern = pattern(key);
        Compiled c = compiled.get(key);
        if (c == null) {
            throw new NoSuchElementException("the message '" + key + "' of messages_" + language.code()
                    + ".properties is not a valid ICU MessageFormat pattern: " + pattern);
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            put(values, i, args[i]);
        }
        for (int n : c.counted()) {
            if (!values.containsKey("n" + n)) {
                throw new NoSuchElementException("the message '" + key + "' of messages_" + language.code()
                        + ".properties counts its argument {" + n + "}, which is not a number: "
                        + (n < args.length ? "'" + args[n] + "'" : "missing"));
            }
        }
        try {
            return oneFullStop(c.format(values));
        } catch (IllegalArgumentException e) {
            throw new NoSuchElementException("the message '" + key + "' of messages_" + language.code()
                    + ".properties cannot take its arguments " + Arrays.toString(args) + ": " + e.getMessage());
        }
    }

    /** "2023 г.." becomes "2023 г.": two full stops after a word never end a sentence (an ellipsis has three). */
    static String oneFullStop(String s) {
        if (!s.contains("..")) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            boolean second = k >= 2 && s.charAt(k) == '.' && s.charAt(k - 1) == '.' && s.charAt(k - 2) != '.'
                    && !Character.isWhitespace(s.charAt(k - 2)) && (k + 1 == s.length() || s.charAt(k + 1) != '.');
            if (!second) {
                b.append(s.charAt(k));
            }
        }
        return b.toString();
    }

    private void put(Map<String, Object> values, int i, Object v) {
        String text;
        String genitive;
        Object select;
        Object number = null;
        if (v instanceof Period p) {
            text = period(p, false);
            genitive = period(p, true);
            select = switch (p.kind()) {
                case YEAR -> "year";
                case MONTH -> "month";
                default -> "months";
            };
        } else if (v instanceof YearMonth ym) {
            text = period(Period.month(ym), false);
            genitive = period(Period.month(ym), true);
            select = "month";
        } else if (v instanceof LocalDate d) {
            text = style.date(d);
            genitive = genitiveMonths.isEmpty() ? text : style.date(d, genitiveMonths);
            select = d.toString();
        } else if (v instanceof BigDecimal d) {
            text = style.decimal(d, Math.max(0, d.scale()));
            genitive = text;
            select = d.toPlainString();
            number = d;
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof BigInteger) {
            long n = ((Number) v).longValue();
            text = style.integer(n);
            genitive = text;
            select = Long.toString(n);
            number = n;
        } else if (v instanceof Coded coded) {
            text = coded.code();
            genitive = text;
            select = coded.code();
        } else {
            text = String.valueOf(v);
            genitive = text;
            select = text;
        }
        values.put("t" + i, text);
        values.put("l" + i, text.isEmpty() ? text
                : text.substring(0, text.offsetByCodePoints(0, 1)).toLowerCase(language.locale()) + text.substring(text.offsetByCodePoints(0, 1)));
        values.put("g" + i, genitive);
        values.put("s" + i, select);
        if (number != null) {
            values.put("n" + i, number);
        }
    }

    /**
     * A period in words: "July–September 2023", "September 2023", "2023", "December 2022 –
     * February 2023"; with {@code genitive}, the months in the genitive ("julija–septembra 2023").
     */
    public String period(Period p, boolean genitive) {
        if (p.kind() == Period.Kind.YEAR) {
            return Integer.toString(p.start().getYear());
        }
        if (p.start().equals(p.end())) {
            return month(p.start(), genitive);
        }
        if (p.start().getYear() == p.end().getYear()) {
            return monthName(p.start(), genitive) + "–" + month(p.end(), genitive);
        }
        return month(p.start(), genitive) + " – " + month(p.end(), genitive);
    }

    private String month(YearMonth m, boolean genitive) {
        return genitive ? monthName(m, true) + " " + m.getYear() : style.month(m);
    }

    private String monthName(YearMonth m, boolean genitive) {
        if (!genitive) {
            return style.monthName(m);
        }
        return genitiveMonths.isEmpty() ? style.formatMonthName(m) : genitiveMonths.get(m.getMonthValue() - 1);
    }

    /** Every label as a reader sees it (patterns with arguments as written), for the template's {@code msg} hash. */
    public Map<String, String> all() {
        return texts;
    }

    /** The keys. */
    public Set<String> keys() {
        return patterns.keySet();
    }

    // ---------------------------------------------------------------- compiling

    /** A pattern that cannot be used: {@link #index} is the offset in the pattern. */
    public static final class PatternException extends Exception {
        private final int index;

        PatternException(int index, String message) {
            super(message);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    /** The argument numbers a pattern uses, with their ICU type (none, plural, select, period, …), in order. */
    public static Map<Integer, String> arguments(String pattern) throws PatternException {
        MessagePattern mp = parse(pattern);
        Map<Integer, String> out = new TreeMap<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                MessagePattern.Part name = mp.getPart(i + 1);
                String type = typeOf(mp, i);
                out.merge(name.getValue(), type, (a, b) -> a.equals(b) ? a : a + "+" + b);
            }
        }
        return out;
    }

    /** Checks a pattern the way the template set compiles it; the problem says where and what. */
    public static void check(String pattern, Language language) throws PatternException {
        compile(pattern, ULocale.forLocale(language.locale()));
    }

    private static String typeOf(MessagePattern mp, int argStart) {
        MessagePattern.Part start = mp.getPart(argStart);
        return switch (start.getArgType()) {
            case NONE -> "text";
            case SIMPLE -> {
                String type = mp.getSubstring(mp.getPart(argStart + 2)).toLowerCase(Locale.ROOT);
                MessagePattern.Part next = mp.getPart(argStart + 3);
                yield next.getType() == MessagePattern.Part.Type.ARG_STYLE ? type + ":" + mp.getSubstring(next).strip() : type;
            }
            default -> start.getArgType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static MessagePattern parse(String pattern) throws PatternException {
        MessagePattern mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
        try {
            mp.parse(pattern);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new PatternException(errorIndex(e.getMessage(), pattern), "not a valid ICU MessageFormat pattern: "
                    + e.getMessage());
        }
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                throw new PatternException(part.getIndex(), "argument '" + mp.getSubstring(part)
                        + "' must be a number ({0}, {1}, …) as in messages_en.properties");
            }
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.CHOICE) {
                throw new PatternException(part.getIndex(), "choice arguments are not used; write {n, plural, one{…} other{…}}");
            }
        }
        return mp;
    }

    private static int errorIndex(String message, String pattern) {
        // ICU reports the rest of the pattern from the bad place: "... at pattern index 12: \"...\"".
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("index (\\d+)").matcher(message == null ? "" : message);
        return m.find() ? Math.min(pattern.length(), Integer.parseInt(m.group(1))) : 0;
    }

    /**
     * Rewrites a pattern into one ICU can format from the typed values of {@link #put}: {@code {0}}
     * becomes {@code {t0}} (the text), {@code {0, period, genitive}} {@code {g0}}, a plural's
     * {@code #} {@code {t0}} (the number in the edition's style, not ICU's), the plural's own
     * argument {@code n0} and a select's {@code s0}. ICU compiles the result, so every pattern is
     * checked when the template set loads.
     */
    private static Compiled compile(String pattern, ULocale locale) throws PatternException {
        MessagePattern mp = parse(pattern);
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int copied = 0;
        java.util.ArrayDeque<Integer> plurals = new java.util.ArrayDeque<>();
        int arguments = 0;
        java.util.Set<Integer> counted = new java.util.TreeSet<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            MessagePattern.Part.Type type = part.getType();
            if (type == MessagePattern.Part.Type.ARG_START) {
                arguments++;
                int n = mp.getPart(i + 1).getValue();
                MessagePattern.ArgType argType = part.getArgType();
                int limit = mp.getLimitPartIndex(i);
                int end = mp.getPart(limit).getLimit();
                switch (argType) {
                    case NONE -> {
                        out.append(pattern, copied, part.getIndex()).append("{t").append(n).append('}');
                        copied = end;
                        i = limit;
                    }
                    case SIMPLE -> {
                        String t = mp.getSubstring(mp.getPart(i + 2)).toLowerCase(Locale.ROOT);
                        MessagePattern.Part st = mp.getPart(i + 3);
                        String form = st.getType() == MessagePattern.Part.Type.ARG_STYLE ? mp.getSubstring(st).strip() : "";
                        String expected = switch (t) {
                            case "period", "date" -> "genitive";
                            case "text" -> "lower";
                            case "number" -> "";
                            default -> throw new PatternException(part.getIndex(), "unknown argument type '" + t
                                    + "'; expected period, date, text or number (or plural, select, selectordinal)");
                        };
                        if (!form.isEmpty() && !form.equals(expected)) {
                            throw new PatternException(st.getIndex(), "unknown form '" + form + "' of a " + t + "; expected "
                                    + (expected.isEmpty() ? "nothing" : expected + " or nothing"));
                        }
                        String ref = form.isEmpty() ? "t" : form.equals("lower") ? "l" : "g";
                        out.append(pattern, copied, part.getIndex()).append('{').append(ref).append(n).append('}');
                        copied = end;
                        i = limit;
                    }
                    case PLURAL, SELECTORDINAL, SELECT -> {
                        MessagePattern.Part name = mp.getPart(i + 1);
                        out.append(pattern, copied, name.getIndex()).append(argType == MessagePattern.ArgType.SELECT ? "s" : "n")
                                .append(n);
                        copied = name.getLimit();
                        if (argType != MessagePattern.ArgType.SELECT) {
                            counted.add(n);
                            plurals.push(n);
                        } else {
                            plurals.push(-1 - n);
                        }
                    }
                    default -> throw new PatternException(part.getIndex(), "unsupported argument " + argType);
                }
            } else if (type == MessagePattern.Part.Type.ARG_LIMIT) {
                MessagePattern.ArgType argType = part.getArgType();
                if (argType == MessagePattern.ArgType.PLURAL || argType == MessagePattern.ArgType.SELECTORDINAL
                        || argType == MessagePattern.ArgType.SELECT) {
                    plurals.pop();
                }
            } else if (type == MessagePattern.Part.Type.REPLACE_NUMBER) {
                Integer n = plurals.stream().filter(x -> x >= 0).findFirst().orElse(null);
                if (n != null) {
                    out.append(pattern, copied, part.getIndex()).append("{t").append(n).append('}');
                    copied = part.getLimit();
                }
            }
        }
        out.append(pattern, copied, pattern.length());
        try {
            return new Compiled(new MessageFormat(out.toString(), locale), arguments, java.util.Set.copyOf(counted));
        } catch (IllegalArgumentException e) {
            throw new PatternException(0, "not a valid ICU MessageFormat pattern: " + e.getMessage());
        }
    }

    /** A compiled pattern; ICU's formats are not thread-safe, so each use formats with a copy. */
    private record Compiled(MessageFormat format, int arguments, java.util.Set<Integer> counted) {
        String format(Map<String, Object> values) {
            return ((MessageFormat) format.clone()).format(values);
        }
    }
}
