package eu.barometer.templates.internal;

import eu.barometer.core.model.Period;
import eu.barometer.core.reference.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in labels agree with their numbers and take the case their sentence needs, language by language. */
class MessagesGrammarTest {

    private static final String NBSP = "\u00A0";
    private static final Period Q3_2023 = Period.quarter(2023, 3);
    private static final Period Q3_2022 = Period.quarter(2022, 3);

    static Messages messages(Language l) {
        return new Messages(l, bundle(l.code()), bundle("en"));
    }

    private static Map<String, String> bundle(String code) {
        try (InputStream in = MessagesGrammarTest.class.getResourceAsStream(
                "/eu/barometer/templates/council-note/messages_" + code + ".properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new TreeMap<>();
            p.forEach((k, v) -> m.put((String) k, (String) v));
            return m;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "sl {0}")
    @CsvSource(delimiter = '|', value = {
            "1 | 1 ukrep po izteku roka",
            "2 | 2 ukrepa po izteku roka",
            "3 | 3 ukrepi po izteku roka",
            "4 | 4 ukrepi po izteku roka",
            "5 | 5 ukrepov po izteku roka",
            "101 | 101 ukrep po izteku roka",
            "102 | 102 ukrepa po izteku roka",
            "0 | 0 ukrepov po izteku roka"})
    void slovenianHasFourPluralForms(long n, String expected) {
        Messages sl = messages(Language.SL);
        assertEquals(expected, NumberStyle.of(Language.SL).integer(n) + " " + sl.format("key.actions-overdue", n));
    }

    @ParameterizedTest(name = "sl crossings {0}")
    @CsvSource(delimiter = '|', value = {
            "1 | je bil na zunanjih mejah odkrit 1 neregularen prehod meje",
            "2 | sta bila na zunanjih mejah odkrita 2 neregularna prehoda meje",
            "3 | so bili na zunanjih mejah odkriti 3 neregularni prehodi meje",
            "5 | je bilo na zunanjih mejah odkritih 5 neregularnih prehodov meje",
            "151360 | je bilo na zunanjih mejah odkritih 151 360 neregularnih prehodov meje"})
    void slovenianVerbAndAdjectiveAgreeWithTheCount(long n, String expected) {
        String s = messages(Language.SL).format("crossings.period", Q3_2023, n, "+29 %");
        assertEquals("V obdobju julij–september 2023 " + expected.replace(" 360", NBSP + "360") + " (+29 %).", s);
    }

    @Test
    void slovenianDatesAfterNaDanTakeTheGenitiveWhileTheHeaderKeepsTheNominative() {
        Messages sl = messages(Language.SL);
        assertEquals("Vir: Frontex, podatki na dan 9. oktobra 2023.", sl.format("source.as-of", "Frontex", LocalDate.of(2023, 10, 9)));
        assertEquals("Bruselj, 11. oktober 2023", sl.format("header.place-date", "Bruselj", LocalDate.of(2023, 10, 11)));
        assertTrue(sl.format("actions.summary", 15, LocalDate.of(2023, 10, 19), "x").contains("stanje na dan 19. oktobra 2023"));
    }

    @Test
    void slovenianComparesWithTheBaseInTheYearMonthOrPeriodItBelongsTo() {
        Messages sl = messages(Language.SL);
        assertEquals("+22 % v primerjavi z 233" + NBSP + "748 v letu 2022", sl.format("change.vs-base", "+22 %", Period.year(2022), 233_748L));
        assertEquals("+13 % v primerjavi z 97 v obdobju julij–september 2022", sl.format("change.vs-base", "+13 %", Q3_2022, 97L));
        assertEquals("+1 % v primerjavi z 5 v mesecu september 2022",
                sl.format("change.vs-base", "+1 %", Period.month(YearMonth.of(2022, 9)), 5L));
        assertEquals("povečanje z 2 v obdobju julij–september 2022", sl.format("change.up-from", 2L, Q3_2022));
    }

    @Test
    void slovenianChartCaptionRunsFromAndToInTheGenitive() {
        String s = messages(Language.SL).format("crossings.chart.caption", YearMonth.of(2022, 1), YearMonth.of(2023, 9));
        assertEquals("Odkriti neregularni prehodi meje po poteh, od januarja 2022 do septembra 2023", s);
    }

    @Test
    void slovenianImpactLevelsCountSectionsNotLevels() {
        Messages sl = messages(Language.SL);
        assertEquals("nizka stopnja: 13 odsekov", sl.format("impact.count", 13, "low", "nizka"));
        assertEquals("kritična stopnja: 1 odsek", sl.format("impact.count", 1, "critical", "kritična"));
        assertEquals("visoka stopnja: 2 odseka", sl.format("impact.count", 2, "high", "visoka"));
        assertEquals("Stopnja vpliva je dodeljena 37 odsekom zunanjih meja: x.", sl.format("impact.summary", 37, "x"));
        assertEquals("Stopnja vpliva je dodeljena 1 odseku zunanjih meja: x.", sl.format("impact.summary", 1, "x"));
    }

    @Test
    void greekPeriodsAfterAPrepositionTakeTheGenitive() {
        Messages el = messages(Language.EL);
        assertEquals("+13 % σε σύγκριση με 97 την περίοδο Ιουλίου–Σεπτεμβρίου 2022", el.format("change.vs-base", "+13 %", Q3_2022, 97L));
        assertEquals("+22 % σε σύγκριση με 97 το 2022", el.format("change.vs-base", "+22 %", Period.year(2022), 97L));
        assertEquals("μείωση από 3 την περίοδο Ιουλίου–Σεπτεμβρίου 2022", el.format("change.down-from", 3L, Q3_2022));
        assertTrue(el.format("crossings.period", Q3_2023, 151_360L, "x").startsWith("Την περίοδο Ιουλίου–Σεπτεμβρίου 2023 εντοπίστηκαν 151"
                + NBSP + "360 παράτυπες διελεύσεις"));
        assertTrue(el.format("crossings.period", Q3_2023, 1L, "x").contains("εντοπίστηκε 1 παράτυπη διέλευση"));
        assertEquals("Πηγή: Frontex, στοιχεία έως τις 9 Οκτωβρίου 2023.", el.format("source.as-of", "Frontex", LocalDate.of(2023, 10, 9)));
        // Captions name the period on its own, in the nominative.
        assertEquals("Εντοπισμοί παράτυπων διελεύσεων των συνόρων ανά οδό, Ιούλιος–Σεπτέμβριος 2023",
                el.format("crossings.table.caption", Q3_2023));
    }

    @Test
    void bulgarianUsesTheCountFormOfMasculineNounsAndMarksTheYear() {
        Messages bg = messages(Language.BG);
        assertTrue(bg.format("crossings.period", Q3_2023, 151_360L, "x").contains("са установени 151" + NBSP + "360 случая"));
        assertTrue(bg.format("crossings.period", Q3_2023, 1L, "x").contains("е установен 1 случай"));
        assertEquals("+22 % спрямо 97 за 2022 г.", bg.format("change.vs-base", "+22 %", Period.year(2022), 97L));
        assertEquals("+13 % спрямо 97 за юли–септември 2022 г.", bg.format("change.vs-base", "+13 %", Q3_2022, 97L));
        assertEquals("1 действие с изтекъл срок", "1 " + bg.format("key.actions-overdue", 1L));
        assertEquals("3 действия с изтекъл срок", "3 " + bg.format("key.actions-overdue", 3L));
    }

    @Test
    void germanAndFrenchAgreeInNumber() {
        Messages de = messages(Language.DE);
        assertEquals("1 beteiligter Staat", de.format("key.states-involved", 1));
        assertEquals("29 beteiligte Staaten", de.format("key.states-involved", 29));
        assertEquals("1 Maßnahme wird verfolgt; Stand am 11. Oktober 2023: x.", de.format("actions.summary", 1, LocalDate.of(2023, 10, 11), "x"));
        Messages fr = messages(Language.FR);
        assertEquals("1 État participant", fr.format("key.states-involved", 1));
        assertEquals("29 États participants", fr.format("key.states-involved", 29));
        assertTrue(fr.format("crossings.period", Q3_2023, 1L, "x").contains("1 franchissement irrégulier a été détecté"));
        assertTrue(fr.format("crossings.period", Q3_2023, 2L, "x").contains("2 franchissements irréguliers ont été détectés"));
    }

    @Test
    void polishHasOneFewAndManyForms() {
        Messages pl = messages(Language.PL);
        assertEquals("1 zaangażowane państwo", pl.format("key.states-involved", 1));
        assertEquals("3 zaangażowane państwa", pl.format("key.states-involved", 3));
        assertEquals("5 zaangażowanych państw", pl.format("key.states-involved", 5));
        assertEquals("22 zaangażowane państwa", pl.format("key.states-involved", 22));
        assertEquals("12 zaangażowanych państw", pl.format("key.states-involved", 12));
        assertTrue(pl.format("source.as-of", "Frontex", LocalDate.of(2023, 10, 9)).contains("9 października 2023"));
    }

    @Test
    void hungarianKeepsTheNounSingularAfterANumber() {
        Messages hu = messages(Language.HU);
        assertEquals("1 részt vevő állam", hu.format("key.states-involved", 1));
        assertEquals("29 részt vevő állam", hu.format("key.states-involved", 29));
        assertEquals("15 nyomon követett intézkedés; 2023. október 11. szerinti állapot: x.",
                hu.format("actions.summary", 15, LocalDate.of(2023, 10, 11), "x"));
    }

    @Test
    void englishAgreesWithOneAndPrintsNumbersInTheEditionStyle() {
        Messages en = messages(Language.EN);
        assertEquals("action past its deadline", en.format("key.actions-overdue", 1L));
        assertEquals("actions past their deadline", en.format("key.actions-overdue", 2L));
        assertEquals("In July–September 2023, 151\u00A0360 irregular border crossings were detected at the external borders (x).",
                en.format("crossings.period", Q3_2023, 151_360L, "x"));
        assertEquals("2 due within 30 days, of 15 actions tracked", en.format("key.actions-due-soon", 2L, 15));
    }

    @Test
    void genitiveMonthsOfTheBundlesMatchCldrWhereCldrHasThemAndSlovenianIsSuppliedExplicitly() {
        com.ibm.icu.text.DateFormatSymbols dfs;
        for (Language l : Language.values()) {
            String listed = bundle(l.code()).get(Messages.GENITIVE_MONTHS);
            List<String> names = List.of(listed.split("\\|"));
            assertEquals(12, names.size(), l.code());
            dfs = new com.ibm.icu.text.DateFormatSymbols(com.ibm.icu.util.ULocale.forLocale(l.locale()));
            List<String> cldr = List.of(dfs.getMonths(com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.WIDE));
            if (l == Language.SL) {
                // CLDR gives "oktober" in both contexts; EU texts write "19. oktobra 2023" (the seed note).
                assertEquals("oktober", cldr.get(9));
                assertEquals("oktobra", names.get(9));
            } else {
                assertEquals(cldr, names, "genitive months of " + l.code() + " as in CLDR's format context");
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Language.class)
    void aSourceNoteEndsWithOneFullStopWhateverTheDateLooksLike(Language l) {
        // Bulgarian, Croatian, Hungarian and Lithuanian dates end with a full stop of their own ("2023 г.", "2023.").
        String note = messages(l).format("source.as-of", "Frontex", LocalDate.of(2023, 10, 9));
        assertTrue(note.endsWith("."), note);
        assertTrue(!note.contains(".."), note);
    }

    @Test
    void bulgarianAndCroatianSourceNotesDoNotDoubleTheDatesFullStop() {
        assertEquals("Източник: Frontex, данни към 9 октомври 2023 г.", messages(Language.BG).format("source.as-of", "Frontex",
                LocalDate.of(2023, 10, 9)));
        assertEquals("Izvor: Frontex, podaci na dan 9. listopada 2023.", messages(Language.HR).format("source.as-of", "Frontex",
                LocalDate.of(2023, 10, 9)));
    }

    @Test
    void aPluralThatIsGivenTextIsAnErrorNamingTheMessage() {
        Messages sl = messages(Language.SL);
        var e = assertThrows(java.util.NoSuchElementException.class, () -> sl.format("key.actions-overdue", "five"));
        assertTrue(e.getMessage().contains("key.actions-overdue"), e.getMessage());
    }

    @Test
    void icuApostrophesAreLiteralInTextAndQuoteOnlyBeforeSyntax() throws Exception {
        Messages fr = new Messages(Language.FR, Map.of("x", "l'Union d''{0}", "y", "'{0}' d'accord"), Map.of());
        assertEquals("l'Union d'Europe", fr.format("x", "Europe"));
        assertEquals("{0} d'accord", fr.format("y", "ignored"));
        assertThrows(Messages.PatternException.class, () -> Messages.check("{0, choice, 0#none|1#one}", Language.EN));
        assertThrows(Messages.PatternException.class, () -> Messages.check("{count}", Language.EN));
        assertThrows(Messages.PatternException.class, () -> Messages.check("{0, period, dative}", Language.EN));
    }
}
