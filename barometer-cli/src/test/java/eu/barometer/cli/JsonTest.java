package eu.barometer.cli;

import eu.barometer.cli.text.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {

    @Test
    void quotesPlainText() {
        assertEquals("\"negative figure -4\"", Json.quote("negative figure -4"));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\\u007f\"", Json.quote("a\"b\\c\n\r\t\b\f\u0001\u001f\u007f"));
    }

    @Test
    void keepsNonAsciiTextAndSurrogatePairs() {
        assertEquals("\"Bruselj – Βρυξέλλες 😀\"", Json.quote("Bruselj – Βρυξέλλες 😀"));
    }

    @Test
    void escapesLineSeparatorsAndUnpairedSurrogates() {
        assertEquals("\"\\u2028\\u2029\\ud83d x \\ude00\"", Json.quote("\u2028\u2029\ud83d x \ude00"));
    }

    @Test
    void leavesSlashesAlone() {
        assertEquals("\"samples/2023-Q3/eurojust.csv\"", Json.quote("samples/2023-Q3/eurojust.csv"));
    }
}
