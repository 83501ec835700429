package eu.barometer.templates.internal;

import eu.barometer.core.reference.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How numbers, percentages and dates are written in one language, following the EU
 * Interinstitutional Style Guide: English (and Irish, Maltese) group thousands with a comma and
 * write {@code 18%}; every other official language groups thousands with a no-break space
 * (U+00A0), uses a decimal comma and writes {@code 18 %} with a no-break space. German EU texts
 * follow the same rule (a space, not a point). Dates use the JDK's long date form of the language
 * ({@code 11. oktober 2023}, {@code 11 октомври 2023 г.}), except English, which writes
 * {@code 11 October 2023} as EU texts do. Immutable.
 */
public final class NumberStyle {

    /** The no-break space used between thousands and before the percent sign. */
    public static final char NBSP = '\u00A0';
    /** The minus sign (U+2212) used for negative changes. */
    public static final char MINUS = '\u2212';

    private final Language language;
    private final char groupSeparator;
    private final char decimalSeparator;
    private final String percentSuffix;
    private final DateTimeFormatter date;
    private final DateTimeFormatter month;
    private final DateTimeFormatter shortMonth;
    private final DateTimeFormatter monthName;
    private final DateTimeFormatter formatMonthName;

    private static final java.util.Map<Language, NumberStyle> BY_LANGUAGE = new java.util.EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            BY_LANGUAGE.put(l, new NumberStyle(l));
        }
    }

    /** The style of a language (shared; immutable). */
    public static NumberStyle of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    public NumberStyle(Language language) {
        this.language = language;
        Locale locale = language.locale();
        boolean commaGrouping = language == Language.EN || language == Language.GA || language == Language.MT;
        this.groupSeparator = commaGrouping ? ',' : NBSP;
        this.decimalSeparator = commaGrouping ? '.' : ',';
        this.percentSuffix = commaGrouping ? "%" : NBSP + "%";
        // EU texts write the day without a leading zero ("9. oktober 2023"); the JDK's Slovenian long form has one.
        this.date = DateTimeFormatter.ofPattern(language == Language.EN ? "d MMMM y"
                : DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null, IsoChronology.INSTANCE, locale)
                        .replace("dd", "d"), locale);
        this.month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.shortMonth = DateTimeFormatter.ofPattern("LLL yyyy", locale);
        this.monthName = DateTimeFormatter.ofPattern("LLLL", locale);
        this.formatMonthName = DateTimeFormatter.ofPattern("MMMM", locale);
    }

    public Language language() {
        return language;
    }

    /** A whole number with thousands grouped: {@code 285,506} / {@code 285 506}. */
    public String integer(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder sb = new StringBuilder(digits.length() + 6);
        if (value < 0) {
            sb.append(MINUS);
        }
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                sb.append(groupSeparator);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** A whole number with its sign: {@code +1,204}, {@code −37}, {@code 0}. */
    public String signedInteger(long value) {
        return value > 0 ? "+" + integer(value) : integer(value);
    }

    /** A decimal number rounded to a number of places. */
    public String decimal(BigDecimal value, int places) {
        BigDecimal v = value.setScale(places, RoundingMode.HALF_UP);
        String whole = integer(v.abs().toBigInteger().longValueExact());
        if (v.signum() < 0) {
            whole = MINUS + whole;
        }
        if (places == 0) {
            return whole;
        }
        String frac = v.abs().toPlainString();
        return whole + decimalSeparator + frac.substring(frac.indexOf('.') + 1);
    }

    /** A fraction as a whole percentage: {@code 0.18} → {@code 18%} / {@code 18 %}. */
    public String percent(double fraction) {
        return percentNumber(fraction, false) + percentSuffix;
    }

    /** A fraction as a signed percentage change: {@code +18%}, {@code −5 %}. */
    public String signedPercent(double fraction) {
        return percentNumber(fraction, true) + percentSuffix;
    }

    private String percentNumber(double fraction, boolean signed) {
        double pct = fraction * 100;
        // One decimal below 10 % in magnitude keeps small changes visible; whole numbers above.
        int places = Math.abs(pct) < 10 && Math.abs(pct) >= 0.05 && pct != Math.rint(pct) ? 1 : 0;
        BigDecimal bd = BigDecimal.valueOf(pct).setScale(places, RoundingMode.HALF_UP);
        String text = decimal(bd.abs(), places);
        if (bd.signum() < 0) {
            return MINUS + text;
        }
        return signed && bd.signum() > 0 ? "+" + text : text;
    }

    /** A date: {@code 11 October 2023}, {@code 11. oktober 2023}. */
    public String date(LocalDate d) {
        return date.format(d);
    }

    /** A month with its year: {@code September 2023}. */
    public String month(YearMonth m) {
        return month.format(m);
    }

    /** A short month with its year, for chart axes: {@code Sep 2023}. */
    public String shortMonth(YearMonth m) {
        return shortMonth.format(m);
    }

    /** A month name without the year. */
    public String monthName(YearMonth m) {
        return monthName.format(m);
    }

    /** A month name in the format context, as after a day: {@code října}, {@code Οκτωβρίου} (CLDR). */
    public String formatMonthName(YearMonth m) {
        return formatMonthName.format(m);
    }

    /**
     * A date with the month named as given (January first), for a grammatical case CLDR does not
     * have: Slovenian {@code 19. oktobra 2023}.
     */
    public String date(LocalDate d, java.util.List<String> monthNames) {
        String name = formatMonthName.format(d);
        return date(d).replace(name, monthNames.get(d.getMonthValue() - 1));
    }
}
