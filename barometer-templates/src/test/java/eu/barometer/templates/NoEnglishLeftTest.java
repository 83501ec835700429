package eu.barometer.templates;

import eu.barometer.core.model.Action;
import eu.barometer.core.model.ImpactLevelAssignment;
import eu.barometer.core.model.ThirdCountryCooperation;
import eu.barometer.core.reference.CountryNames;
import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Organisation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No edition other than the English one carries the English strings of the reference data
 * (organisations, the Style Guide's country names) or the English free texts of the inputs
 * (deliverables, comments, border sections), in any of its four formats: the PDF's text, the DOCX's
 * text, every cell of the XLSX and the HTML's text.
 */
class NoEnglishLeftTest {

    /** The English strings that must not appear in an edition in {@code l}: those whose name in l differs. */
    private static Set<String> english(Language l) {
        Set<String> out = new LinkedHashSet<>();
        for (Organisation o : Organisation.values()) {
            if (!o.in(l).equals(o.in(Language.EN))) {
                out.add(o.in(Language.EN));
            }
        }
        for (String iso : List.of("TR", "BA", "MK", "EL", "DE", "CZ")) {
            String en = CountryNames.of(iso, Language.EN);
            if (!en.equals(CountryNames.of(iso, l))) {
                out.add(en);
            }
        }
        out.add("Turkey");
        out.add("Bosnia & Herzegovina");
        var edition = Samples.q3().edition();
        for (Action a : edition.actions().rows()) {
            out.add(a.deliverable());
            if (!a.comment().isEmpty()) {
                out.add(a.comment());
            }
        }
        for (ImpactLevelAssignment i : edition.impactLevels().rows()) {
            out.add(i.section());
        }
        for (ThirdCountryCooperation t : edition.thirdCountries().rows()) {
            if (!t.comment().isEmpty()) {
                out.add(t.comment());
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"SL", "DE", "FR", "BG", "EL"})
    void noEditionOtherThanEnglishContainsTheEnglishNamesOrTexts(Language l) throws Exception {
        Set<String> english = english(l);
        assertTrue(english.contains("Member States") && english.contains("Athens air"), english::toString);
        List<String> found = new ArrayList<>();
        for (OutputFormat f : OutputFormat.values()) {
            String text = normalise(text(f, ownLanguageTextOnly(f, l)));
            for (String e : english) {
                if (text.contains(normalise(e))) {
                    found.add(f.extension() + ": '" + e + "'");
                }
            }
        }
        assertEquals(List.of(), found, "English left in the " + l.code() + " edition");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN"})
    void theEnglishEditionCarriesThemAllSoTheTestCanFail(Language l) throws IOException {
        for (OutputFormat f : OutputFormat.values()) {
            String text = normalise(text(f, Editions.builtIn(f, l)));
            for (String e : List.of("Member States", "European Commission", "EEAS", "Athens air", "Türkiye", "Bosnia and Herzegovina")) {
                assertTrue(text.contains(normalise(e)), f.extension() + " has " + e);
            }
        }
    }

    /**
     * The XLSX table sheets of impact levels, actions and third countries show the labels the PDF
     * shows; codes ("on-track", "insufficient") are English and belong to the data sheets' code columns.
     */
    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"SL", "DE", "FR", "BG", "EL", "EN"})
    void tableSheetsShowLabelsNeverCodes(Language l) throws Exception {
        java.util.Properties msg = new java.util.Properties();
        try (var in = NoEnglishLeftTest.class.getResourceAsStream("/eu/barometer/templates/council-note/messages_" + l.code() + ".properties")) {
            msg.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        // The codes that differ from their label in l ("low" is both in English).
        Set<String> codes = new LinkedHashSet<>();
        for (eu.barometer.core.analysis.DeadlineStatus s : eu.barometer.core.analysis.DeadlineStatus.values()) {
            codes.add(s.code());
        }
        for (eu.barometer.core.reference.ImpactLevel i : eu.barometer.core.reference.ImpactLevel.values()) {
            codes.add(i.code());
        }
        for (eu.barometer.core.reference.CooperationLevel c : eu.barometer.core.reference.CooperationLevel.values()) {
            codes.add(c.code());
        }
        codes.removeAll(msg.values());
        assertTrue(codes.contains("on-track"), codes::toString);
        List<String> found = new ArrayList<>();
        int cells = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Editions.builtIn(OutputFormat.XLSX, l)))) {
            for (String key : List.of("sheet.actions", "sheet.impact-levels", "sheet.third-countries")) {
                Sheet sheet = wb.getSheet(msg.getProperty(key));
                assertTrue(sheet != null, key + " = '" + msg.getProperty(key) + "' is a sheet of the " + l.code() + " workbook");
                for (Row r : sheet) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.STRING) {
                            cells++;
                            String v = c.getStringCellValue().replaceAll("[*°]+$", "");
                            if (codes.contains(v)) {
                                found.add(sheet.getSheetName() + "!" + c.getAddress() + " '" + c.getStringCellValue() + "'");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(cells > 100, "cells read: " + cells);
        assertEquals(List.of(), found, "codes instead of labels in the " + l.code() + " workbook");
    }

    private static String normalise(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    /**
     * The sample edition with only the narrative parts written in {@code l}: a part missing in l is
     * shown in its original language on purpose, marked "(original language: EN)"
     * (eu.barometer.templates.text.NarrativeRenderingTest checks that marking).
     */
    private static byte[] ownLanguageTextOnly(OutputFormat f, Language l) throws Exception {
        var e = Samples.q3().edition();
        var own = eu.barometer.core.text.Narrative.of(e.narrative().all().stream().filter(t -> t.language() == l).toList());
        return Editions.render(TemplateSet.builtIn(), f, eu.barometer.core.analysis.EditionAnalysis.of(e.withNarrative(own)), l,
                RenderOptions.DEFAULT);
    }

    static String text(OutputFormat f, byte[] bytes) throws IOException {
        switch (f) {
            case PDF -> {
                try (PDDocument d = Loader.loadPDF(bytes)) {
                    return new PDFTextStripper().getText(d);
                }
            }
            case DOCX -> {
                try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
                    return x.getText();
                }
            }
            case XLSX -> {
                StringBuilder sb = new StringBuilder();
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    for (Sheet s : wb) {
                        sb.append(s.getSheetName()).append('\n');
                        for (Row r : s) {
                            for (Cell c : r) {
                                if (c.getCellType() == CellType.STRING) {
                                    sb.append(c.getStringCellValue()).append('\n');
                                }
                            }
                        }
                    }
                }
                return sb.toString();
            }
            default -> {
                String html = new String(bytes, StandardCharsets.UTF_8);
                return html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]+>", " ")
                        .replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
            }
        }
    }
}
