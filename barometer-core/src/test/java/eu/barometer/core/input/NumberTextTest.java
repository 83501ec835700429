package eu.barometer.core.input;

import eu.barometer.core.reference.Flag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class NumberTextTest {

    private static BigDecimal comma(String s) {
        return NumberText.parse(s, InputFormat.Decimal.COMMA).value();
    }

    private static BigDecimal point(String s) {
        return NumberText.parse(s, InputFormat.Decimal.POINT).value();
    }

    @Test
    void readsGroupedNumbersInBothConventions() {
        assertEquals(new BigDecimal("1234567.89"), comma("1.234.567,89"));
        assertEquals(new BigDecimal("1234567.89"), point("1,234,567.89"));
        assertEquals(new BigDecimal("232350"), comma("232 350"));
        assertEquals(new BigDecimal("-12"), comma("\u221212"));
    }

    @Test
    void rejectsMisplacedGroupSeparators() {
        assertFalse(NumberText.parse("1.23.456", InputFormat.Decimal.COMMA).ok());
        assertFalse(NumberText.parse("12,5", InputFormat.Decimal.POINT).ok(), "ambiguous: 12,5 is not 125");
        assertFalse(NumberText.parse("1 2", InputFormat.Decimal.COMMA).ok());
        assertFalse(NumberText.parse("abc", InputFormat.Decimal.COMMA).ok());
    }

    @Test
    void takesFootnoteFlagsOffTheNumber() {
        assertEquals(Flag.PROVISIONAL, NumberText.parse("18 p", InputFormat.Decimal.COMMA).flag());
        assertEquals(Flag.PROVISIONAL, NumberText.parse("18*", InputFormat.Decimal.COMMA).flag());
        assertEquals(Flag.ESTIMATED, NumberText.parse("1 200 (e)", InputFormat.Decimal.COMMA).flag());
        assertEquals(new BigDecimal("1200"), comma("1 200 [e]"));
    }
}
