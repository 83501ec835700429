package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfEditionTest {

    private static String text(PDDocument doc) throws IOException {
        return normalise(new PDFTextStripper().getText(doc));
    }

    private static String normalise(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static PDDocument pdf(Language l) throws IOException {
        return Loader.loadPDF(Editions.builtIn(OutputFormat.PDF, l));
    }

    @Test
    void englishEditionShowsTheFrontexYearToDateTotalInTheStyleGuidesStyle() throws IOException {
        try (PDDocument doc = pdf(Language.EN)) {
            String t = text(doc);
            assertTrue(t.contains("285\u00A0506") || t.contains("285 506"), "Jan–Sep 2023 total with a space between thousands");
            assertFalse(t.contains("285,506"));
            assertTrue(t.contains("COUNCIL OF THE EUROPEAN UNION"));
            assertTrue(t.contains("Brussels, 11 October 2023"));
            assertTrue(t.contains("(OR. en)"));
            assertTrue(t.contains("13901/23"));
            assertTrue(t.contains("+22 %"), "a no-break space before the percent sign (style guide 6.4)");
            assertTrue(t.contains("Central Mediterranean route"));
            assertTrue(t.contains("Source: Frontex, figures as of 9 October 2023. Provisional figures, to be revised."));
        }
    }

    @Test
    void slovenianEditionUsesSpacesBetweenThousandsAndBeforePercent() throws IOException {
        try (PDDocument doc = pdf(Language.SL)) {
            String t = text(doc);
            assertTrue(t.contains("285 506"));
            assertFalse(t.contains("285,506"));
            assertTrue(t.contains("+22 %"));
            assertTrue(t.contains("SVET EVROPSKE UNIJE"));
            assertTrue(t.contains("Bruselj, 11. oktober 2023"));
            assertTrue(t.contains("Zadeva:"));
            assertTrue(t.contains("Osrednjesredozemska pot"));
            assertTrue(t.contains("Španija"), "country names in Slovenian");
        }
    }

    @Test
    void bulgarianEditionIsCyrillicWithItsOwnDatesAndNumbers() throws IOException {
        try (PDDocument doc = pdf(Language.BG)) {
            String t = text(doc);
            assertTrue(t.contains("СЪВЕТ НА ЕВРОПЕЙСКИЯ СЪЮЗ"));
            assertTrue(t.contains("Брюксел, 11 октомври 2023 г."));
            assertTrue(t.contains("285 506"));
            assertTrue(t.contains("Гърция"));
        }
    }

    @Test
    void greekEditionIsGreekWithItsOwnDatesAndNumbers() throws IOException {
        try (PDDocument doc = pdf(Language.EL)) {
            String t = text(doc);
            assertTrue(t.contains("ΣΥΜΒΟΥΛΙΟ ΤΗΣ ΕΥΡΩΠΑΪΚΗΣ ΕΝΩΣΗΣ"));
            assertTrue(t.contains("Βρυξέλλες, 11 Οκτωβρίου 2023"));
            assertTrue(t.contains("285 506"));
            assertTrue(t.contains("Ελλάδα"));
        }
    }

    @Test
    void everyPageCarriesTheMarkingTwiceAndItsPageNumberAndLanguage() throws IOException {
        try (PDDocument doc = pdf(Language.SL)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 3);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setSortByPosition(true); // page numbers come from CSS counters, drawn after the text around them
                s.setStartPage(p);
                s.setEndPage(p);
                String t = normalise(s.getText(doc));
                int count = t.split("LIMITE", -1).length - 1;
                assertTrue(count >= 2, "page " + p + " has the marking at top and bottom, found " + count);
                assertTrue(t.matches("(?s).*stran\\s*" + p + "\\s*od\\s*" + pages + "\\b.*"), "page " + p + " footer: " + t);
                // Unsorted: Flying Saucer leaves the line of a heading moved to the next page in the text layer at
                // the page foot (10. Spremljanje ukrepov on page 16 of sl), which sorting by position mixes into the footer.
                PDFTextStripper plain = new PDFTextStripper();
                plain.setStartPage(p);
                plain.setEndPage(p);
                assertTrue(normalise(plain.getText(doc)).contains("13901/23"), "page " + p + " document number");
                assertTrue(t.contains("SL"), "page " + p + " language code");
            }
        }
    }

    @Test
    void everyFontIsEmbeddedIncludingChartText() throws IOException {
        for (Language l : List.of(Language.EN, Language.EL)) {
            try (PDDocument doc = pdf(l)) {
                List<PDFont> fonts = new ArrayList<>();
                for (PDPage page : doc.getPages()) {
                    collect(page.getResources(), fonts);
                }
                assertFalse(fonts.isEmpty());
                for (PDFont f : fonts) {
                    assertTrue(f.isEmbedded(), f.getName() + " is embedded in " + l);
                    assertTrue(f.getName().contains("Liberation"), f.getName() + " is a Liberation font");
                }
            }
        }
    }

    private static void collect(PDResources res, List<PDFont> out) throws IOException {
        if (res == null) {
            return;
        }
        for (COSName n : res.getFontNames()) {
            out.add(res.getFont(n));
        }
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), out);
            }
        }
    }

    @Test
    void chartTextIsRealSearchableText() throws IOException {
        try (PDDocument doc = pdf(Language.EN)) {
            String t = text(doc);
            assertTrue(t.contains("Detections of irregular border crossings by route, January 2022 to September 2023"));
            // The value axis of the border-crossings chart: 0, 10 000, 20 000, 30 000 (the same ticks as the HTML SVG).
            assertTrue(t.contains("30\u00A0000") || t.contains("30 000"), "axis numbers drawn as text, in the style guide's style");
            assertTrue(t.contains("Western Balkan route"), "legend drawn as text");
        }
    }

    @Test
    void documentPropertiesCarryTitleSubjectAuthorKeywordsLanguageAndMarking() throws IOException {
        try (PDDocument doc = pdf(Language.FR)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("Baromètre Schengen+ : juillet–septembre 2023", info.getTitle());
            assertTrue(info.getSubject().startsWith("État général de l'espace Schengen"));
            assertTrue(info.getAuthor().contains("CONSEIL DE L'UNION EUROPÉENNE"));
            assertTrue(info.getKeywords().contains("SCH-EVAL 217"));
            assertEquals("LIMITE", info.getCustomMetadataValue("Marking"));
            assertEquals("fr", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void headingsBecomeBookmarks() throws IOException {
        try (PDDocument doc = pdf(Language.EN)) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertNotNull(outline);
            List<String> titles = new ArrayList<>();
            outline.children().forEach(i -> titles.add(i.getTitle()));
            assertTrue(titles.contains("Key figures"), titles.toString());
            assertTrue(titles.stream().anyMatch(s -> s.contains("Irregular border crossings")), titles.toString());
        }
    }

    @Test
    void tableHeadersRepeatOnTheNextPage() throws IOException {
        try (PDDocument doc = pdf(Language.EN)) {
            int pagesWithHeader = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                if (s.getText(doc).contains("SIS – searches SIS – hits")) {
                    pagesWithHeader++;
                }
            }
            assertTrue(pagesWithHeader >= 2, "the SIS table spans pages and repeats its header: " + pagesWithHeader);
        }
    }

    @Test
    void writesPdfA1bWhenAsked() throws Exception {
        byte[] bytes = Editions.render(TemplateSet.builtIn(), OutputFormat.PDF, Samples.q3(), Language.BG,
                RenderOptions.DEFAULT.withPdfA(true));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertFalse(doc.getDocumentCatalog().getOutputIntents().isEmpty(), "sRGB output intent");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part") && xmp.contains("pdfaid:conformance"), xmp);
            assertTrue(text(doc).contains("СЪВЕТ НА ЕВРОПЕЙСКИЯ СЪЮЗ"));
        }
    }
}
