package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.internal.Xhtml;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Page makeup of the PDF edition, read back with PDFBox in the four languages looked at page by
 * page (en, sl, el, bg): totals once, headings with their content, notes on their reference's
 * page, subject codes whole, and font subsets that can be merged.
 */
class PdfPageMakeupTest {

    /** The languages whose every page was looked at; three scripts. */
    enum Looked {
        EN(Language.EN), SL(Language.SL), EL(Language.EL), BG(Language.BG);

        final Language language;

        Looked(Language language) {
            this.language = language;
        }
    }

    private static Document xhtml(Language l) throws RenderException {
        return TemplateSet.builtIn().toXhtml(Samples.q3(), l, RenderOptions.DEFAULT).dom();
    }

    /** The text of each page, whitespace (no-break spaces and line ends included) collapsed to one space. */
    private static List<String> pages(Language l) throws IOException {
        return pages(l, false);
    }

    /**
     * The text of each page; {@code sorted} puts it in reading order by position, as Flying
     * Saucer paints a paragraph's inline elements (figures in narrative text, footnote references)
     * after the text around them.
     */
    private static List<String> pages(Language l, boolean sorted) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Editions.builtIn(OutputFormat.PDF, l))) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(sorted);
            List<String> out = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(flat(s.getText(doc)));
            }
            return out;
        }
    }

    private static String flat(String s) {
        return s.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    @ParameterizedTest
    @EnumSource(Looked.class)
    void eachTableShowsItsTotalOnceAfterItsLastRow(Looked looked) throws Exception {
        Document x = xhtml(looked.language);
        String all = String.join(" ", pages(looked.language));
        List<String> totals = new ArrayList<>();
        List<String> lastRows = new ArrayList<>();
        for (Element table : Xhtml.elements(x, "table", "data")) {
            Element tfoot = Xhtml.child(table, "tfoot");
            if (tfoot == null) {
                continue;
            }
            totals.add(rowText(Xhtml.child(tfoot, "tr")));
            List<Element> rows = Xhtml.children(Xhtml.child(table, "tbody"), "tr");
            lastRows.add(rowText(rows.get(rows.size() - 1)));
        }
        assertTrue(totals.size() >= 5, "the sample has tables with totals: " + totals);
        for (int i = 0; i < totals.size(); i++) {
            String total = totals.get(i);
            long same = totals.stream().filter(total::equals).count();
            assertEquals(same, count(all, total), "the total row \"" + total + "\" appears once in " + looked);
            int last = all.indexOf(lastRows.get(i));
            assertTrue(last >= 0 && all.indexOf(total, last) > last, "\"" + total + "\" follows the last row \""
                    + lastRows.get(i) + "\" in " + looked);
        }
    }

    @ParameterizedTest
    @EnumSource(Looked.class)
    void everyHeadingHasTheStartOfItsContentOnItsPage(Looked looked) throws Exception {
        Document x = xhtml(looked.language);
        List<String> pages = pages(looked.language);
        int checked = 0;
        for (String level : List.of("h1", "h2", "h3")) {
            for (Element h : Xhtml.elements(x, level)) {
                Element next = next(h);
                if (next == null) {
                    continue;
                }
                String heading = flat(h.getTextContent());
                String start = firstWords(next, 2);
                // The heading may also stand in the contents list: one of its places must have its content after it.
                boolean found = false;
                boolean kept = false;
                for (String page : pages) {
                    for (int at = page.indexOf(heading); at >= 0 && !kept; at = page.indexOf(heading, at + 1)) {
                        found = true;
                        kept = page.indexOf(start, at + heading.length()) > 0;
                    }
                }
                assertTrue(found, "heading \"" + heading + "\" is in the " + looked + " PDF");
                assertTrue(kept, "the heading \"" + heading + "\" ends a page of the " + looked + " PDF; what follows it (\""
                        + start + "\") is on a later page");
                checked++;
            }
        }
        assertTrue(checked >= 10, "headings checked: " + checked);
    }

    @ParameterizedTest
    @EnumSource(Looked.class)
    void everyTableCaptionHasTheTablesFirstRowOnItsPage(Looked looked) throws Exception {
        Document x = xhtml(looked.language);
        List<String> pages = pages(looked.language);
        StringBuilder all = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String p : pages) {
            starts.add(all.length());
            all.append(p).append(' ');
        }
        int from = 0;
        int checked = 0;
        for (Element table : Xhtml.elements(x, "table", "data")) {
            String caption = flat(Xhtml.child(table, "caption").getTextContent());
            // The row's first words: a long cell breaks at a hyphen ("border-crossings.csv") in the PDF.
            String row = firstWords(Xhtml.child(Xhtml.child(table, "tbody"), "tr"), 2);
            int c = all.indexOf(caption, from);
            assertTrue(c >= 0, "caption \"" + caption + "\" in the " + looked + " PDF");
            int r = all.indexOf(row, c);
            assertTrue(r >= 0, "first row \"" + row + "\" after its caption in the " + looked + " PDF");
            assertEquals(pageAt(starts, c), pageAt(starts, r), "the caption \"" + caption + "\" stands alone at the foot of page "
                    + (pageAt(starts, c) + 1) + " of the " + looked + " PDF; its first row is on the next page");
            from = r;
            checked++;
        }
        assertTrue(checked >= 10, "tables: " + checked);
    }

    private static int pageAt(List<Integer> starts, int offset) {
        int p = 0;
        while (p + 1 < starts.size() && starts.get(p + 1) <= offset) {
            p++;
        }
        return p;
    }

    private static String rowText(Element tr) {
        List<String> cells = new ArrayList<>();
        for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element cell) {
                cells.add(flat(cell.getTextContent()));
            }
        }
        return flat(String.join(" ", cells));
    }

    /** The first block after a heading that is not its action line. */
    private static Element next(Element h) {
        for (Node n = h.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !Xhtml.hasClass(e, "action-ref") && !flat(e.getTextContent()).isEmpty()) {
                return e;
            }
        }
        return null;
    }

    private static String firstWords(Element e, int n) {
        String[] words = flat(e.getTextContent()).split(" ");
        return String.join(" ", Arrays.copyOf(words, Math.min(n, words.length)));
    }

    @ParameterizedTest
    @EnumSource(Looked.class)
    void everyFootnoteIsOnThePageOfItsReferenceNumberedThroughTheDocument(Looked looked) throws Exception {
        Document x = xhtml(looked.language);
        List<String> pages = pages(looked.language, true);
        List<Element> notes = Xhtml.elements(x, "span", "footnote");
        assertTrue(notes.size() >= 8, "the sample has source notes");
        int from = 0;
        for (int i = 0; i < notes.size(); i++) {
            int n = i + 1;
            Element span = notes.get(i);
            String note = n + " " + flat(span.getTextContent());
            String before = textBefore(span, 3);
            String reference = before + n;
            int page = -1;
            for (int p = from; p < pages.size() && page < 0; p++) {
                if (pages.get(p).contains(reference)) {
                    page = p;
                }
            }
            assertTrue(page >= 0, "reference " + n + " (\"" + reference + "\") is in the " + looked + " PDF");
            assertTrue(pages.get(page).contains(note), "note " + n + " (\"" + note + "\") is on page " + (page + 1)
                    + " of the " + looked + " PDF, with its reference");
            from = page;
        }
    }

    /** The last words of the text before an element in its parent. */
    private static String textBefore(Element e, int words) {
        StringBuilder b = new StringBuilder();
        for (Node n = e.getParentNode().getFirstChild(); n != e; n = n.getNextSibling()) {
            b.append(n.getTextContent());
        }
        String[] w = flat(b.toString()).split(" ");
        return String.join(" ", Arrays.copyOfRange(w, Math.max(0, w.length - words), w.length));
    }

    /**
     * The JDK's line breaker, Flying Saucer's default, breaks between "%" and a mark, which then
     * starts the next line alone ("(+29 %" / "* compared with …"); only a legend line may start with a mark.
     */
    @ParameterizedTest
    @EnumSource(Looked.class)
    void aMarkNeverStartsALineAwayFromItsFigure(Looked looked) throws Exception {
        Document x = xhtml(looked.language);
        List<String> legends = new ArrayList<>();
        for (Element p : Xhtml.elements(x, "p")) {
            if (Xhtml.hasClass(p, "legend") || Xhtml.hasClass(p, "table-legend")) {
                String text = flat(p.getTextContent());
                legends.add(text.substring(0, Math.min(24, text.length())));
            }
        }
        assertFalse(legends.isEmpty(), "the " + looked + " edition has legends");
        try (PDDocument doc = Loader.loadPDF(Editions.builtIn(OutputFormat.PDF, looked.language))) {
            List<String> lines = new PDFTextStripper().getText(doc).lines().map(PdfPageMakeupTest::flat).toList();
            int marked = 0;
            for (String line : lines) {
                if (line.startsWith("*") || line.startsWith("°")) {
                    marked++;
                    assertTrue(legends.stream().anyMatch(line::startsWith), "a mark starts a line of the " + looked
                            + " PDF, away from its figure: \"" + line + "\"");
                }
            }
            assertTrue(marked > 0, "legend lines start with their marks");
        }
    }

    /** The A4 content area of the default set ({@code @page} margins 30 mm top, 26 mm bottom), in points from the top. */
    private static final float CONTENT_TOP = 30 / 25.4f * 72;
    private static final float CONTENT_BOTTOM = 842 - 26 / 25.4f * 72;

    /**
     * A chart or table that does not fit moves whole to the next page; what it leaves behind must not
     * be a near-empty page. Exempt: the last page, and the page before an annex (an annex starts a page).
     */
    @ParameterizedTest
    @EnumSource(Looked.class)
    void noPageIsLeftMoreThanAThirdEmptyExceptBeforeAnAnnexAndAtTheEnd(Looked looked) throws Exception {
        List<String> annexes = new ArrayList<>();
        for (Element section : Xhtml.elements(xhtml(looked.language), "section", "annex")) {
            annexes.add(firstWords(Xhtml.child(section, "h1"), 3));
        }
        assertFalse(annexes.isEmpty(), "the " + looked + " edition has an annex");
        List<String> pages = pages(looked.language);
        try (PDDocument doc = Loader.loadPDF(Editions.builtIn(OutputFormat.PDF, looked.language))) {
            float[] lowest = new float[doc.getNumberOfPages() + 1];
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs) throws IOException {
                    for (org.apache.pdfbox.text.TextPosition g : glyphs) {
                        float y = g.getYDirAdj();
                        // Glyphs below the content area are the footer (and text Flying Saucer paints clipped there).
                        if (y <= CONTENT_BOTTOM) {
                            lowest[getCurrentPageNo()] = Math.max(lowest[getCurrentPageNo()], y);
                        }
                    }
                    super.writeString(text, glyphs);
                }
            };
            s.getText(doc);
            for (int p = 1; p < doc.getNumberOfPages(); p++) {
                String next = pages.get(p);
                // The running header and footer come first in a page's text.
                if (annexes.stream().anyMatch(a -> next.indexOf(a) >= 0 && next.indexOf(a) < 120)) {
                    continue;
                }
                float empty = (CONTENT_BOTTOM - lowest[p]) / (CONTENT_BOTTOM - CONTENT_TOP);
                assertTrue(empty < 1 / 3f, String.format(java.util.Locale.ROOT,
                        "page %d of the %s PDF is %.0f %% empty at its foot; it starts \"%s\"", p, looked, empty * 100,
                        pages.get(p - 1).substring(0, Math.min(80, pages.get(p - 1).length()))));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Looked.class)
    void subjectCodesStayWholeOneALine(Looked looked) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Editions.builtIn(OutputFormat.PDF, looked.language))) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            List<String> lines = s.getText(doc).lines().map(l -> l.replace('\u00A0', ' ').strip()).toList();
            for (String code : Samples.q3().edition().document().subjectCodes()) {
                assertTrue(lines.contains(code), "\"" + code + "\" is a line of its own on page 1 in " + looked
                        + "; lines: " + lines.subList(0, Math.min(lines.size(), 24)));
            }
        }
    }

    @Test
    void subjectCodesHoldNoBreakSpacesInTheDocument() throws Exception {
        Element cell = Xhtml.elements(xhtml(Language.SL), "td", "subject-codes").get(0);
        assertTrue(cell.getTextContent().contains("ENFOPOL\u00A0422"), cell.getTextContent());
        assertFalse(cell.getTextContent().contains("ENFOPOL 422"));
    }

    @Test
    void noSentenceEndsInTwoFullStopsInAnyLanguage() throws Exception {
        for (Language l : Language.values()) {
            String text = xhtml(l).getDocumentElement().getTextContent();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S.{0,30}[^.\\s]\\.\\.(?!\\.)").matcher(text);
            assertFalse(m.find(), () -> l + ": \"" + m.group() + "\"");
        }
        String bg = flat(String.join(" ", pages(Language.BG)));
        assertTrue(bg.contains("данни към 9 октомври 2023 г. Предварителни"), "the Bulgarian date's stop ends the sentence");
    }

    @Test
    void differentFontSubsetsNeverShareAPrefixAcrossEditions() throws Exception {
        Map<String, byte[]> programs = new HashMap<>();
        Map<String, String> where = new HashMap<>();
        int subsets = 0;
        for (Looked looked : Looked.values()) {
            try (PDDocument doc = Loader.loadPDF(Editions.builtIn(OutputFormat.PDF, looked.language))) {
                Map<String, PDFont> fonts = new HashMap<>();
                for (PDPage page : doc.getPages()) {
                    collect(page.getResources(), fonts);
                }
                for (PDFont f : fonts.values()) {
                    String name = f.getName();
                    assertTrue(name.matches("[A-Z]{6}\\+.+"), name + " is a subset");
                    String prefix = name.substring(0, 6);
                    byte[] program = program(f);
                    byte[] seen = programs.putIfAbsent(prefix, program);
                    if (seen != null) {
                        assertArrayEquals(seen, program, "prefix " + prefix + " names different subsets: "
                                + where.get(prefix) + " and " + name + " in " + looked);
                    }
                    where.putIfAbsent(prefix, name + " in " + looked);
                    subsets++;
                }
            }
        }
        assertTrue(subsets >= 16, "four fonts in four editions: " + subsets);
        assertTrue(programs.size() >= 16, "distinct subsets get distinct prefixes: " + where);
    }

    private static byte[] program(PDFont f) throws IOException {
        PDType0Font t0 = (PDType0Font) f;
        PDStream s = t0.getDescendantFont().getFontDescriptor().getFontFile2();
        try (InputStream in = s.createInputStream()) {
            return in.readAllBytes();
        }
    }

    private static void collect(PDResources res, Map<String, PDFont> out) throws IOException {
        if (res == null) {
            return;
        }
        for (COSName n : res.getFontNames()) {
            PDFont f = res.getFont(n);
            out.putIfAbsent(f.getName(), f);
        }
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), out);
            }
        }
    }
}
