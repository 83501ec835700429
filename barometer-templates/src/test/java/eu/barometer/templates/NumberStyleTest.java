package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.internal.NumberStyle;
import eu.barometer.templates.NumberConvention;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberStyleTest {

    private static final LocalDate NOTE_DATE = LocalDate.of(2023, 10, 11);

    @Test
    void englishFollowsTheStyleGuideSpaceThousandsDecimalPointSpacedPercent() {
        // Interinstitutional Style Guide 6.5: a space separates thousands, not a comma; English, Irish
        // and Maltese use a decimal point. 6.4: a (no-break) space before the percent sign.
        NumberStyle en = new NumberStyle(Language.EN);
        assertEquals("232\u00A0350", en.integer(232_350));
        assertEquals("1\u00A0334\u00A0459\u00A0623", en.integer(1_334_459_623L));
        assertEquals("18\u00A0%", en.percent(0.18));
        assertEquals("+96\u00A0%", en.signedPercent(0.96));
        assertEquals("\u22125.3\u00A0%", en.signedPercent(-0.053));
        assertEquals("11 October 2023", en.date(NOTE_DATE));
        assertEquals("1\u00A0234.57", en.decimal(new BigDecimal("1234.567"), 2));
        assertEquals("2.5\u00A0%", new NumberStyle(Language.GA).percent(0.0254));
        assertEquals("1\u00A0234.5", new NumberStyle(Language.MT).decimal(new BigDecimal("1234.5"), 1));
    }

    @Test
    void theEnglishCommasOptionKeepsTheEarlierEnglishStyle() {
        NumberStyle en = NumberStyle.of(Language.EN, NumberConvention.ENGLISH_COMMAS);
        assertEquals("232,350", en.integer(232_350));
        assertEquals("18%", en.percent(0.18));
        assertEquals("+96%", en.signedPercent(0.96));
        assertEquals("\u22125.3%", en.signedPercent(-0.053));
        assertEquals("1,234.57", en.decimal(new BigDecimal("1234.567"), 2));
        NumberStyle sl = NumberStyle.of(Language.SL, NumberConvention.ENGLISH_COMMAS);
        assertEquals("232\u00A0350", sl.integer(232_350), "the other languages as the guide");
        assertEquals("18\u00A0%", sl.percent(0.18));
    }

    @Test
    void percentagesRoundTheStoredDecimalValueHalfUp() {
        NumberStyle en = new NumberStyle(Language.EN);
        // 0.0255 is stored as 0.0255; written with one decimal it is 2.6 %, as a spreadsheet shows it.
        assertEquals("2.6\u00A0%", en.percent(0.0255));
        assertEquals(1, en.percentPlaces(0.0255));
        assertEquals(0, en.percentPlaces(0.0502), "5.0 % is written 5 %");
        assertEquals("5\u00A0%", en.percent(0.0502));
        assertEquals(0, en.percentPlaces(0.2204));
    }

    @Test
    void slovenianGroupsWithNoBreakSpacesAndSpacesThePercentSign() {
        NumberStyle sl = new NumberStyle(Language.SL);
        assertEquals("232\u00A0350", sl.integer(232_350));
        assertEquals("18\u00A0%", sl.percent(0.18));
        assertEquals("11. oktober 2023", sl.date(NOTE_DATE));
        assertEquals("9. oktober 2023", sl.date(LocalDate.of(2023, 10, 9)), "no leading zero");
        assertEquals("1\u00A0234,57", sl.decimal(new BigDecimal("1234.567"), 2));
    }

    @Test
    void otherContinentalLanguagesFollowTheEuStyle() {
        assertEquals("232\u00A0350", new NumberStyle(Language.DE).integer(232_350));
        assertEquals("18\u00A0%", new NumberStyle(Language.DE).percent(0.18));
        assertEquals("11. Oktober 2023", new NumberStyle(Language.DE).date(NOTE_DATE));
        assertEquals("11 octobre 2023", new NumberStyle(Language.FR).date(NOTE_DATE));
        assertEquals("11 октомври 2023 г.", new NumberStyle(Language.BG).date(NOTE_DATE));
        assertEquals("11 Οκτωβρίου 2023", new NumberStyle(Language.EL).date(NOTE_DATE));
        assertEquals("\u2212" + "1\u00A0204", new NumberStyle(Language.EL).integer(-1204));
    }

    @Test
    void smallNumbersHaveNoSeparator() {
        assertEquals("999", new NumberStyle(Language.SL).integer(999));
        assertEquals("0", new NumberStyle(Language.EN).integer(0));
        assertEquals("0\u00A0%", new NumberStyle(Language.EN).signedPercent(0.0001));
    }
}
