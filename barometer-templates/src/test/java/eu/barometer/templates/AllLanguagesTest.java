package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.internal.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every official EU language has its own complete labels, and the edition renders in each of them. */
class AllLanguagesTest {

    private static final String COUNCIL_NOTE = "/eu/barometer/templates/council-note/";
    private static final String XLSX = "/eu/barometer/templates/xlsx/";

    /** The Council's name in each language, as on the header of Council documents. */
    private static final Map<Language, String> COUNCIL = new EnumMap<>(Language.class);

    static {
        COUNCIL.put(Language.BG, "СЪВЕТ НА ЕВРОПЕЙСКИЯ СЪЮЗ");
        COUNCIL.put(Language.ES, "CONSEJO DE LA UNIÓN EUROPEA");
        COUNCIL.put(Language.CS, "RADA EVROPSKÉ UNIE");
        COUNCIL.put(Language.DA, "RÅDET FOR DEN EUROPÆISKE UNION");
        COUNCIL.put(Language.DE, "RAT DER EUROPÄISCHEN UNION");
        COUNCIL.put(Language.ET, "EUROOPA LIIDU NÕUKOGU");
        COUNCIL.put(Language.EL, "ΣΥΜΒΟΥΛΙΟ ΤΗΣ ΕΥΡΩΠΑΪΚΗΣ ΕΝΩΣΗΣ");
        COUNCIL.put(Language.EN, "COUNCIL OF THE EUROPEAN UNION");
        COUNCIL.put(Language.FR, "CONSEIL DE L'UNION EUROPÉENNE");
        COUNCIL.put(Language.GA, "COMHAIRLE AN AONTAIS EORPAIGH");
        COUNCIL.put(Language.HR, "VIJEĆE EUROPSKE UNIJE");
        COUNCIL.put(Language.IT, "CONSIGLIO DELL'UNIONE EUROPEA");
        COUNCIL.put(Language.LV, "EIROPAS SAVIENĪBAS PADOME");
        COUNCIL.put(Language.LT, "EUROPOS SĄJUNGOS TARYBA");
        COUNCIL.put(Language.HU, "AZ EURÓPAI UNIÓ TANÁCSA");
        COUNCIL.put(Language.MT, "IL-KUNSILL TAL-UNJONI EWROPEA");
        COUNCIL.put(Language.NL, "RAAD VAN DE EUROPESE UNIE");
        COUNCIL.put(Language.PL, "RADA UNII EUROPEJSKIEJ");
        COUNCIL.put(Language.PT, "CONSELHO DA UNIÃO EUROPEIA");
        COUNCIL.put(Language.RO, "CONSILIUL UNIUNII EUROPENE");
        COUNCIL.put(Language.SK, "RADA EURÓPSKEJ ÚNIE");
        COUNCIL.put(Language.SL, "SVET EVROPSKE UNIJE");
        COUNCIL.put(Language.FI, "EUROOPAN UNIONIN NEUVOSTO");
        COUNCIL.put(Language.SV, "EUROPEISKA UNIONENS RÅD");
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = AllLanguagesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is on the classpath");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyLanguageHasItsCouncilName() {
        assertEquals(Language.values().length, COUNCIL.size());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void councilNoteMessagesHaveExactlyTheEnglishKeys(Language l) throws Exception {
        Properties en = load(COUNCIL_NOTE + "messages_en.properties");
        Properties own = load(COUNCIL_NOTE + "messages_" + l.code() + ".properties");
        assertEquals(keys(en), keys(own), "keys of messages_" + l.code() + ".properties");
        for (String k : en.stringPropertyNames()) {
            String pattern = own.getProperty(k);
            assertTrue(!pattern.isBlank(), k + " is not blank in messages_" + l.code());
            Messages.check(pattern, l);
            Map<Integer, String> english = Messages.arguments(en.getProperty(k));
            Map<Integer, String> args = Messages.arguments(pattern);
            assertEquals(english.keySet(), args.keySet(), "arguments of " + k + " in messages_" + l.code() + ".properties");
            args.forEach((n, type) -> assertTrue(compatible(english.get(n), type), "argument {" + n + "} of " + k
                    + " in messages_" + l.code() + " is used as " + type + " where English uses it as " + english.get(n)));
        }
    }

    /**
     * Whether a language may use an argument as {@code type} where English uses it as {@code english}:
     * every argument may be shown as text; a number may be counted (plural) only where English counts
     * it or shows it plainly; a period or a date keeps to period, date and select forms.
     */
    private static boolean compatible(String english, String type) {
        java.util.function.Predicate<String> counted = t -> t.contains("plural") || t.contains("selectordinal");
        java.util.function.Predicate<String> temporal = t -> t.contains("period") || t.contains("date");
        for (String t : type.split("\\+")) {
            if (counted.test(t) && temporal.test(english)) {
                return false;
            }
            if (temporal.test(t) && counted.test(english)) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void xlsxLabelsHaveExactlyTheEnglishKeys(Language l) throws IOException {
        Properties en = load(XLSX + "labels.properties");
        Properties own = load(XLSX + "labels_" + l.code() + ".properties");
        assertEquals(keys(en), keys(own), "keys of labels_" + l.code() + ".properties");
        for (String k : en.stringPropertyNames()) {
            assertEquals(placeholders(en.getProperty(k)), placeholders(own.getProperty(k)),
                    "placeholders of " + k + " in labels_" + l.code() + ".properties");
        }
    }

    /**
     * Sheet names come from {@code sheet.*} labels, never from a caption cut at Excel's 31
     * characters: every table, chart and data sheet name fits whole in every language.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everySheetNameFitsExcelsThirtyOneCharactersInEveryLanguage(Language l) {
        Map<String, String> labels = TemplateSet.builtIn().labels(l);
        java.util.List<String> tooLong = new java.util.ArrayList<>();
        labels.forEach((k, v) -> {
            if (k.startsWith("sheet.") && !k.equals("sheet.chart")) {
                // Charts: border crossings, EMSC sharing, SIS, EMPACT, Eurojust (ModelBuilder names them).
                boolean charted = java.util.List.of("sheet.crossings", "sheet.emsc-information-sharing", "sheet.database-use-sis",
                        "sheet.empact", "sheet.eurojust").contains(k);
                String chart = labels.get("sheet.chart").replace("{0}", v);
                for (String name : charted ? java.util.List.of(v, chart) : java.util.List.of(v)) {
                    if (name.length() > 31) {
                        tooLong.add(name + " (" + name.length() + ")");
                    }
                }
            }
        });
        for (eu.barometer.core.model.DatasetKind k : eu.barometer.core.model.DatasetKind.values()) {
            String name = eu.barometer.templates.xlsx.XlsxWriter.dataSheetName(k, l);
            if (name.length() > 31) {
                tooLong.add(name + " (" + name.length() + ")");
            }
        }
        assertEquals(java.util.List.of(), tooLong, "sheet names longer than 31 characters in " + l.code());
    }

    @Test
    void templateSetListsEveryMessagesFile() throws IOException {
        String files = load(COUNCIL_NOTE + "template-set.properties").getProperty("files");
        for (Language l : Language.values()) {
            assertTrue(files.contains("messages_" + l.code() + ".properties"), "files= lists messages_" + l.code());
        }
    }

    /** The placeholders {0}, {1}, … of a label, in order of number. */
    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d{1,2}}").matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void htmlEditionCarriesTheLanguagesOwnCouncilName(Language l) throws Exception {
        byte[] html = Editions.builtIn(OutputFormat.HTML, l);
        Document d = XhtmlDocument.secureFactory().newDocumentBuilder()
                .parse(new InputSource(new ByteArrayInputStream(html)));
        assertEquals(l.code(), d.getDocumentElement().getAttribute("lang"));
        String text = d.getDocumentElement().getTextContent();
        assertTrue(text.contains(COUNCIL.get(l)), "the " + l.code() + " edition names the " + COUNCIL.get(l));
        if (l != Language.EN) {
            assertTrue(!text.contains("COUNCIL OF THE EUROPEAN UNION"), "no English Council name in " + l.code());
        }
    }

    /**
     * The PDF renderer refuses, naming the glyph, any character its embedded fonts cannot draw; the
     * letters must also come back out of the PDF's text.
     */
    @ParameterizedTest
    @CsvSource({"mt, ħġżċ", "ro, șțăîâ", "lv, ļņķģīēū", "lt, ėąįųūšž", "hu, őű", "pl, łąężźśćń"})
    void pdfFontsCoverTheSpecialLetters(String code, String letters) throws IOException {
        Language l = Language.byCode(code).orElseThrow();
        byte[] pdf = Editions.builtIn(OutputFormat.PDF, l);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII), "a PDF in " + code);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (int i = 0; i < letters.length(); i++) {
                String letter = letters.substring(i, i + 1);
                assertTrue(text.contains(letter), "the " + code + " PDF shows " + letter);
            }
            assertTrue(text.replaceAll("\\s+", " ").contains(COUNCIL.get(l)), "the " + code + " PDF names the Council");
        }
    }
}
