package eu.barometer.templates.xlsx;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.Samples2;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every number cell of the sample edition shows in the workbook the digits, sign, percent sign and
 * marks the document shows: the value stored and the format given, formatted as a spreadsheet does
 * (POI's DataFormatter), against the cell's text in the XHTML. Separators are the reader's, so
 * only digits are compared.
 */
class DocumentDigitsTest {

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "SL", "GA", "DE"})
    void everyNumberCellShowsTheDocumentsDigits(Language language) throws Exception {
        XhtmlDocument x = TemplateSet.builtIn().toXhtml(Samples2.q3(), language, RenderOptions.DEFAULT);
        Styles styles = new Styles(language);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        NodeList tds = x.dom().getElementsByTagName("td");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < tds.getLength(); i++) {
            Element td = (Element) tds.item(i);
            String type = td.getAttribute("data-type");
            if (!List.of("integer", "decimal", "percent").contains(type)) {
                continue;
            }
            String text = Xhtml.text(td);
            HtmlTable.Cell c = new HtmlTable.Cell(text, Xhtml.attr(td, "data-value"), Optional.of(type), Optional.empty(),
                    Xhtml.attr(td, "data-flag"), false, 1, 1, Optional.empty(), Xhtml.attr(td, "data-decimals"));
            TableSheet.Value v = TableSheet.value(c, "td", i, 0);
            double d = ((Number) v.value()).doubleValue();
            String format = styles.format(v.kind(), v.decimals(), v.shown());
            // POI's formatter drops quoted literals after the number, so the marks are checked on the format itself.
            String marks = marks(text);
            String shown = formatter.formatRawCellContents(d, 200, format);
            if (!digits(shown).equals(digits(text)) || !ending(shown).replace(marks, "").equals(ending(text).replace(marks, ""))
                    || sign(shown) != sign(text) || (!marks.isEmpty() && !format.contains("\"" + marks + "\""))) {
                wrong.add(text + " shown as " + shown + " with " + format);
            }
            checked++;
        }
        assertTrue(checked > 1000, "cells checked: " + checked);
        assertEquals(List.of(), wrong, checked + " cells checked");
    }

    private static String digits(String s) {
        return s.replaceAll("[^0-9]", "");
    }

    /** The marks and percent sign after the last digit, spaces ignored. */
    private static String ending(String s) {
        String t = s.replaceAll("[\\s\\u00A0]", "");
        int i = t.length();
        while (i > 0 && !Character.isDigit(t.charAt(i - 1))) {
            i--;
        }
        return t.substring(i);
    }

    /** The marks of the flags after a number ({@code *}, {@code °}, {@code *°}). */
    private static String marks(String s) {
        return s.replaceAll("^.*?([*°]*)$", "$1");
    }

    private static char sign(String s) {
        char c = s.strip().charAt(0);
        return c == '+' || c == '\u2212' || c == '-' ? (c == '-' ? '\u2212' : c) : ' ';
    }
}
