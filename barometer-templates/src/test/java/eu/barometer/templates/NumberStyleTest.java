package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.internal.NumberStyle;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberStyleTest {

    private static final LocalDate NOTE_DATE = LocalDate.of(2023, 10, 11);

    @Test
    void englishGroupsWithCommasAndWritesPercentWithoutSpace() {
        NumberStyle en = new NumberStyle(Language.EN);
        assertEquals("232,350", en.integer(232_350));
        assertEquals("1,334,459,623", en.integer(1_334_459_623L));
        assertEquals("18%", en.percent(0.18));
        assertEquals("+96%", en.signedPercent(0.96));
        assertEquals("\u22125.3%", en.signedPercent(-0.053));
        assertEquals("11 October 2023", en.date(NOTE_DATE));
        assertEquals("1,234.57", en.decimal(new BigDecimal("1234.567"), 2));
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
        assertEquals("0%", new NumberStyle(Language.EN).signedPercent(0.0001));
    }
}
