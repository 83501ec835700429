package eu.barometer.core.input;

import eu.barometer.core.Barometer;
import eu.barometer.core.Validation;
import eu.barometer.core.model.DatabaseUse;
import eu.barometer.core.model.Edition;
import eu.barometer.core.model.FinancialInvestigation;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What spreadsheets in European locales really export must read. */
class RealExportsTest {

    @TempDir
    Path tmp;

    private Path bundle() {
        return Samples.copy("2023-Q3", tmp.resolve("b"));
    }

    private static Edition valid(Path b) {
        Validation v = Barometer.validate(b);
        assertEquals(List.of(), v.errors(), "errors");
        return v.edition().orElseThrow();
    }

    private static DatabaseUse only(Edition e) {
        assertEquals(1, e.databaseUse().rows().size());
        return e.databaseUse().rows().get(0);
    }

    @Test
    void readsSemicolonExcelExportWithBomAndCrlf() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), "\uFEFFCountry;System;Measure;Period;Value\r\nBE;SIS;searches;2023-Q3;\"27 488 103\"\r\n");
        DatabaseUse d = only(valid(b));
        assertEquals(Country.BE, d.country());
        assertEquals(27_488_103L, d.value());
        assertEquals(2, d.line());
    }

    @Test
    void readsTabDelimitedFiles() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), "country\tsystem\tmeasure\tperiod\tvalue\nBE\tSIS\tsearches\t2023-Q3\t12\n");
        assertEquals(12L, only(valid(b)).value());
    }

    @Test
    void matchesHeadersIgnoringCaseSpacesAndOrder() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), " VALUE , Period,measure ,  SYSTEM, Country \n12,2023-Q3,searches,SIS,BE\n");
        DatabaseUse d = only(valid(b));
        assertEquals(12L, d.value());
        assertEquals(Country.BE, d.country());
    }

    @Test
    void acceptsThousandsSeparatorsOfEveryKindInsideQuotedNumbers() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), "country;system;measure;period;value\n"
                + "BE;SIS;searches;2023-Q3;\"1.234.567\"\n"
                + "DE;SIS;searches;2023-Q3;1\u00A0234\u00A0567\n"
                + "FR;SIS;searches;2023-Q3;1\u202F234\u202F567\n"
                + "IT;SIS;searches;2023-Q3;1'234'567\n");
        Edition e = valid(b);
        assertTrue(e.databaseUse().rows().stream().allMatch(r -> r.value() == 1_234_567L), e.databaseUse().rows().toString());
        Samples.write(b.resolve("database-use.csv"), "country,system,measure,period,value\nBE,SIS,searches,2023-Q3,\"1,234,567\"\n");
        assertEquals(1_234_567L, only(valid(b)).value());
    }

    @Test
    void readsDecimalCommaAmounts() {
        Path b = bundle();
        Samples.write(b.resolve("financial-investigations.csv"),
                "country;period;investigations_opened;assets_frozen_eur;assets_confiscated_eur\n"
                        + "BE;2023-Q3;4;\"1.250.000,50\";310 000,25\n");
        FinancialInvestigation f = valid(b).financialInvestigations().rows().get(0);
        assertEquals(new BigDecimal("1250000.50"), f.assetsFrozenEur());
        assertEquals(new BigDecimal("310000.25"), f.assetsConfiscatedEur());
    }

    @Test
    void decimalSeparatorCanBeDeclaredInEditionProperties() throws Exception {
        Path b = bundle();
        Files.writeString(b.resolve("edition.properties"), Files.readString(b.resolve("edition.properties")) + "\ninput.decimal=comma\n");
        Samples.write(b.resolve("financial-investigations.csv"),
                "country,period,investigations_opened,assets_frozen_eur,assets_confiscated_eur\nBE,2023-Q3,4,\"12,5\",\"1.000,75\"\n");
        FinancialInvestigation f = valid(b).financialInvestigations().rows().get(0);
        assertEquals(new BigDecimal("12.5"), f.assetsFrozenEur());
        assertEquals(new BigDecimal("1000.75"), f.assetsConfiscatedEur());
    }

    /** The samples' translations (Greek, Cyrillic) cannot be read as windows-1250, which the bundle then declares. */
    private static void dropFilesWithGreekAndCyrillic(Path b) throws java.io.IOException {
        Files.delete(b.resolve("actions.csv"));
        Files.delete(b.resolve("third-countries.csv"));
    }

    @Test
    void readsWindows1250WhenDeclared() throws Exception {
        Path b = bundle();
        dropFilesWithGreekAndCyrillic(b);
        Files.writeString(b.resolve("edition.properties"), Files.readString(b.resolve("edition.properties")) + "\ninput.encoding=windows-1250\n");
        String csv = "country,section,border_type,level,set_on\nSI,Južna meja – Čabar,land,medium,2023-06-01\n";
        Files.write(b.resolve("impact-levels.csv"), csv.getBytes(Charset.forName("windows-1250")));
        Edition e = valid(b);
        assertEquals("Južna meja – Čabar", e.impactLevels().rows().get(0).section());
    }

    @Test
    void byteOrderMarkWinsOverTheDeclaredEncoding() throws Exception {
        Path b = bundle();
        dropFilesWithGreekAndCyrillic(b);
        Files.writeString(b.resolve("edition.properties"), Files.readString(b.resolve("edition.properties")) + "\ninput.encoding=windows-1250\n");
        Samples.write(b.resolve("impact-levels.csv"), "\uFEFFcountry,section,border_type,level,set_on\nEL,Έβρος,land,medium,2023-06-01\n");
        assertEquals("Έβρος", valid(b).impactLevels().rows().get(0).section());
    }

    @Test
    void skipsBlankLinesAndEmptyExcelRowsButCountsLinesRight() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), "\ncountry;system;measure;period;value\n\n;;;;\nBE;SIS;searches;2023-Q3;7\n   \n");
        DatabaseUse d = only(valid(b));
        assertEquals(5, d.line());
    }

    @Test
    void keepsProvisionalAndEstimatedFlagsNextToValues() {
        Path b = bundle();
        Samples.write(b.resolve("database-use.csv"), "country;system;measure;period;value;flag\n"
                + "BE;SIS;searches;2023-Q3;12 p;\n"
                + "DE;SIS;searches;2023-Q3;13*;\n"
                + "FR;SIS;searches;2023-Q3;14 (e);\n"
                + "IT;SIS;searches;2023-Q3;15;provisional\n"
                + "ES;SIS;searches;2023-Q3;16;\n");
        List<DatabaseUse> rows = valid(b).databaseUse().rows();
        assertEquals(List.of(Flag.PROVISIONAL, Flag.PROVISIONAL, Flag.ESTIMATED, Flag.PROVISIONAL, Flag.NONE),
                rows.stream().map(DatabaseUse::flag).toList());
        assertEquals(List.of(12L, 13L, 14L, 15L, 16L), rows.stream().map(DatabaseUse::value).toList());
    }

    @Test
    void readsMultiLineQuotedValuesAndReportsTheStartLine() {
        Path b = bundle();
        Samples.write(b.resolve("actions.csv"), "id,pillar,owner,deliverable,deadline,status,comment\n"
                + "I.1,I,Europol,\"analysis of\ninformation sharing\",2023-12-31,in-progress,\n"
                + "I.2,I,\"Frontex, Europol\",joint picture,2024-03,not-started,\n");
        var actions = valid(b).actions().rows();
        assertEquals(2, actions.get(0).line());
        assertEquals("analysis of\ninformation sharing", actions.get(0).deliverable());
        assertEquals(4, actions.get(1).line());
        assertEquals(List.of("Frontex", "Europol"), actions.get(1).owners());
        assertEquals(java.time.LocalDate.of(2024, 3, 31), actions.get(1).deadline());
    }

    @Test
    void readsFrontexOwnRouteNamesAndFirstOfMonthDates() {
        Path b = bundle();
        Samples.write(b.resolve("border-crossings.csv"), "route,date,detections\nCentral Mediterranean Route,2023-07-01,26000\n");
        var row = valid(b).borderCrossings().rows().get(0);
        assertEquals(eu.barometer.core.reference.Route.CENTRAL_MEDITERRANEAN, row.route());
        assertEquals(java.time.YearMonth.of(2023, 7), row.month());
    }
}
