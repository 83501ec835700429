package eu.barometer.templates.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the council-note {@code reference.docx}: the Word styles, page setup and footnote
 * separators the DOCX renderer starts from. Byte-reproducible (fixed entry order and times), so
 * {@code ReferenceDocxTest} can check that the committed file is what this program writes.
 *
 * <p>Analysts may instead restyle the committed file in Word; then this program no longer
 * describes it, and the test that compares them should be removed with it.
 *
 * <pre>java -cp barometer-templates/target/test-classes eu.barometer.templates.docx.ReferenceDocxGenerator \
 *     barometer-templates/src/main/resources/eu/barometer/templates/council-note/reference.docx</pre>
 */
public final class ReferenceDocxGenerator {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final FileTime TIME = FileTime.from(Instant.parse("2023-10-11T00:00:00Z"));

    /** Body text and headings: a serif with Latin, Greek and Cyrillic on every Windows and Office. */
    static final String TEXT_FONT = "Times New Roman";

    private ReferenceDocxGenerator() { }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0]
                : "barometer-templates/src/main/resources/eu/barometer/templates/council-note/reference.docx");
        Files.write(out, bytes());
        System.out.println("wrote " + out);
    }

    /** The reference document's bytes. */
    static byte[] bytes() throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes());
        parts.put("_rels/.rels", rootRels());
        parts.put("docProps/core.xml", core());
        parts.put("docProps/app.xml", app());
        parts.put("word/document.xml", document());
        parts.put("word/_rels/document.xml.rels", documentRels());
        parts.put("word/styles.xml", styles());
        parts.put("word/numbering.xml", numbering());
        parts.put("word/settings.xml", settings());
        parts.put("word/footnotes.xml", footnotes());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                ZipEntry e = new ZipEntry(p.getKey());
                e.setLastModifiedTime(TIME);
                e.setTime(TIME.toMillis());
                zip.putNextEntry(e);
                write(zip, p.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String xml(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + body;
    }

    private static String contentTypes() {
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        return xml("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + wml + "document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + wml + "styles+xml\"/>"
                + "<Override PartName=\"/word/numbering.xml\" ContentType=\"" + wml + "numbering+xml\"/>"
                + "<Override PartName=\"/word/settings.xml\" ContentType=\"" + wml + "settings+xml\"/>"
                + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"" + wml + "footnotes+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                + "</Types>");
    }

    private static String rootRels() {
        return xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + R + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>");
    }

    private static String documentRels() {
        return xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R + "/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + R + "/settings\" Target=\"settings.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + R + "/footnotes\" Target=\"footnotes.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + R + "/numbering\" Target=\"numbering.xml\"/>"
                + "</Relationships>");
    }

    private static String core() {
        return xml("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>Barometer+ reference document (council-note)</dc:title>"
                + "<dc:creator>Barometer+</dc:creator>"
                + "<dc:language>en-GB</dc:language>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-10-11T00:00:00Z</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2023-10-11T00:00:00Z</dcterms:modified>"
                + "</cp:coreProperties>");
    }

    private static String app() {
        return xml("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>Barometer+</Application><Template>Normal.dotm</Template></Properties>");
    }

    /** A sample of every style, so that an analyst restyling the document in Word sees them all. */
    private static String document() {
        StringBuilder b = new StringBuilder();
        b.append("<w:document xmlns:w=\"").append(W).append("\" xmlns:r=\"").append(R).append("\"><w:body>");
        para(b, "Title", "NOTE (style Title)");
        para(b, "Heading1", "Heading 1 (numbered by Word)");
        para(b, "Normal", "Body text in the style Normal. Restyle this document in Word (Home › Styles › Modify); "
                + "the DOCX edition takes every style from it. Its text is replaced when an edition is rendered.");
        para(b, "Heading2", "Heading 2");
        para(b, "Heading3", "Heading 3");
        para(b, "Note", "Small print (style Note).");
        para(b, "Quote", "A quotation from the analysts' text (style Quote).");
        para(b, "Caption", "Table 1: Caption");
        b.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"BarometerTable\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>"
                + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"1\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"4500\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>");
        row(b, true, "TableHeading", "State", "TableHeadingNumber", "New cases");
        row(b, false, "TableText", "Greece", "TableNumber", "31");
        row(b, false, "TableText", "Total", "TableNumber", "31");
        b.append("</w:tbl>");
        para(b, "Header", "Header");
        para(b, "Footer", "Footer");
        para(b, "FootnoteText", "Footnote text (style Footnote Text).");
        b.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"709\" w:footer=\"567\" w:gutter=\"0\"/>"
                + "<w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr>");
        b.append("</w:body></w:document>");
        return xml(b.toString());
    }

    private static void para(StringBuilder b, String style, String text) {
        b.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr><w:r><w:t xml:space=\"preserve\">")
                .append(text).append("</w:t></w:r></w:p>");
    }

    private static void row(StringBuilder b, boolean header, String s1, String t1, String s2, String t2) {
        b.append("<w:tr>").append(header ? "<w:trPr><w:tblHeader/></w:trPr>" : "");
        b.append("<w:tc><w:p><w:pPr><w:pStyle w:val=\"").append(s1).append("\"/></w:pPr><w:r><w:t>").append(t1).append("</w:t></w:r></w:p></w:tc>");
        b.append("<w:tc><w:p><w:pPr><w:pStyle w:val=\"").append(s2).append("\"/></w:pPr><w:r><w:t>").append(t2).append("</w:t></w:r></w:p></w:tc>");
        b.append("</w:tr>");
    }

    private static String settings() {
        return xml("<w:settings xmlns:w=\"" + W + "\">"
                + "<w:zoom w:percent=\"100\"/>"
                + "<w:defaultTabStop w:val=\"720\"/>"
                + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"
                + "<w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"en-GB\"/>"
                + "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>"
                + "</w:settings>");
    }

    private static String footnotes() {
        return xml("<w:footnotes xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
                + "<w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
                + "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + "</w:footnotes>");
    }

    private static String styles() {
        String font = "<w:rFonts w:ascii=\"" + TEXT_FONT + "\" w:hAnsi=\"" + TEXT_FONT + "\" w:eastAsia=\"" + TEXT_FONT
                + "\" w:cs=\"" + TEXT_FONT + "\"/>";
        StringBuilder b = new StringBuilder();
        b.append("<w:styles xmlns:w=\"").append(W).append("\">");
        b.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(font)
                .append("<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
        b.append("<w:latentStyles w:defLockedState=\"0\" w:defUIPriority=\"99\" w:defSemiHidden=\"0\" w:defUnhideWhenUsed=\"0\" w:defQFormat=\"0\" w:count=\"376\"/>");
        // Paragraph styles.
        style(b, "paragraph", "Normal", "Normal", null, true, "<w:qFormat/>", "<w:jc w:val=\"both\"/>", "");
        style(b, "paragraph", "Title", "Title", "Normal", false, "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"10\"/><w:qFormat/>",
                "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"left\"/>",
                "<w:b/><w:bCs/><w:caps/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>");
        heading(b, 1, "<w:spacing w:before=\"360\" w:after=\"120\"/>", "<w:b/><w:bCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>");
        heading(b, 2, "<w:spacing w:before=\"240\" w:after=\"120\"/>", "<w:b/><w:bCs/>");
        heading(b, 3, "<w:spacing w:before=\"240\" w:after=\"120\"/>", "<w:b/><w:bCs/><w:i/><w:iCs/>");
        style(b, "paragraph", "Caption", "caption", "Normal", false, "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"35\"/><w:unhideWhenUsed/><w:qFormat/>",
                "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"left\"/>",
                "<w:b/><w:bCs/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>");
        style(b, "paragraph", "Note", "Note", "Normal", false, "<w:qFormat/>", "",
                "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        style(b, "paragraph", "Quote", "Quote", "Normal", false, "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"29\"/><w:qFormat/>",
                "<w:pBdr><w:left w:val=\"single\" w:sz=\"12\" w:space=\"8\" w:color=\"666666\"/></w:pBdr>"
                        + "<w:ind w:left=\"567\" w:right=\"567\"/><w:jc w:val=\"left\"/>", "<w:i/><w:iCs/>");
        style(b, "paragraph", "ListParagraph", "List Paragraph", "Normal", false, "<w:uiPriority w:val=\"34\"/><w:qFormat/>",
                "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/><w:jc w:val=\"left\"/>", "");
        style(b, "paragraph", "FootnoteText", "footnote text", "Normal", false, "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>",
                "<w:spacing w:after=\"0\"/><w:ind w:left=\"284\" w:hanging=\"284\"/>", "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        style(b, "paragraph", "Header", "header", "Normal", false, "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>",
                "<w:tabs><w:tab w:val=\"center\" w:pos=\"4536\"/><w:tab w:val=\"right\" w:pos=\"9072\"/></w:tabs><w:spacing w:after=\"0\"/><w:jc w:val=\"left\"/>",
                "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        style(b, "paragraph", "Footer", "footer", "Normal", false, "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>",
                "<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"auto\"/></w:pBdr>"
                        + "<w:tabs><w:tab w:val=\"center\" w:pos=\"4536\"/><w:tab w:val=\"right\" w:pos=\"9072\"/></w:tabs><w:spacing w:after=\"0\"/><w:jc w:val=\"left\"/>",
                "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>");
        style(b, "paragraph", "TableText", "Table Text", "Normal", false, "<w:qFormat/>",
                "<w:spacing w:before=\"20\" w:after=\"20\"/><w:jc w:val=\"left\"/>", "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        style(b, "paragraph", "TableNumber", "Table Number", "TableText", false, "<w:qFormat/>", "<w:jc w:val=\"right\"/>", "");
        style(b, "paragraph", "TableHeading", "Table Heading", "TableText", false, "<w:qFormat/>", "<w:keepNext/>", "<w:b/><w:bCs/>");
        style(b, "paragraph", "TableHeadingNumber", "Table Heading Number", "TableHeading", false, "<w:qFormat/>", "<w:jc w:val=\"right\"/>", "");
        style(b, "paragraph", "CouncilHeader", "Council Header", "Normal", false, "<w:qFormat/>",
                "<w:spacing w:before=\"40\" w:after=\"40\"/><w:jc w:val=\"left\"/>", "");
        style(b, "paragraph", "CouncilHeaderLabel", "Council Header Label", "CouncilHeader", false, "<w:qFormat/>", "",
                "<w:b/><w:bCs/>");
        style(b, "paragraph", "TOCHeading", "TOC Heading", "Heading1", false, "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/><w:qFormat/>",
                "<w:numPr><w:numId w:val=\"0\"/></w:numPr><w:ind w:left=\"0\" w:firstLine=\"0\"/><w:outlineLvl w:val=\"9\"/>", "");
        for (int i = 1; i <= 3; i++) {
            style(b, "paragraph", "TOC" + i, "toc " + i, "Normal", false, "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/>",
                    "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9062\"/></w:tabs><w:spacing w:after=\"60\"/><w:ind w:left=\"" + (i - 1) * 240 + "\"/><w:jc w:val=\"left\"/>", "");
        }
        // Character styles.
        style(b, "character", "DefaultParagraphFont", "Default Paragraph Font", null, true, "<w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/>", null, "");
        style(b, "character", "FootnoteReference", "footnote reference", "DefaultParagraphFont", false, "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>", null,
                "<w:vertAlign w:val=\"superscript\"/>");
        style(b, "character", "Hyperlink", "Hyperlink", "DefaultParagraphFont", false, "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>", null,
                "<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>");
        style(b, "character", "Marking", "Marking", "DefaultParagraphFont", false, "<w:qFormat/>", null, "<w:b/><w:bCs/>");
        // Table styles.
        b.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>"
                + "</w:tblPr></w:style>");
        String rule = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"7F7F7F\"";
        b.append("<w:style w:type=\"table\" w:styleId=\"BarometerTable\"><w:name w:val=\"Barometer Table\"/>"
                + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/><w:qFormat/>"
                + "<w:pPr><w:spacing w:before=\"20\" w:after=\"20\"/></w:pPr>"
                + "<w:rPr><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr>"
                + "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>"
                + "<w:insideH " + rule + "/></w:tblBorders>"
                + "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr>"
                + "<w:tcBorders><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/></w:tcBorders>"
                + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7ECF3\"/></w:tcPr></w:tblStylePr>"
                + "<w:tblStylePr w:type=\"lastRow\"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr>"
                + "<w:tcBorders><w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/></w:tcBorders></w:tcPr></w:tblStylePr>"
                + "</w:style>");
        b.append("<w:style w:type=\"table\" w:styleId=\"LayoutTable\"><w:name w:val=\"Layout Table\"/>"
                + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"60\"/><w:qFormat/>"
                + "<w:tblPr><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/>"
                + "<w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"
                + "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"113\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        b.append("<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");
        b.append("</w:styles>");
        return xml(b.toString());
    }

    /** The id of the multilevel list that numbers Heading 1–3 (1., 1.1., 1.1.1.). */
    static final int HEADING_NUM_ID = 1;
    /** Where heading text starts: the number hangs in the margin before it. */
    private static final int HEADING_INDENT = 709;

    private static void heading(StringBuilder b, int level, String pPr, String rPr) {
        style(b, "paragraph", "Heading" + level, "heading " + level, "Normal", false,
                "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>",
                "<w:keepNext/><w:keepLines/><w:numPr>" + (level > 1 ? "<w:ilvl w:val=\"" + (level - 1) + "\"/>" : "")
                        + "<w:numId w:val=\"" + HEADING_NUM_ID + "\"/></w:numPr>" + pPr
                        + "<w:ind w:left=\"" + HEADING_INDENT + "\" w:hanging=\"" + HEADING_INDENT + "\"/>"
                        + "<w:jc w:val=\"left\"/><w:outlineLvl w:val=\"" + (level - 1) + "\"/>", rPr);
    }

    /**
     * Word's multilevel list linked to the heading styles (Home › Multilevel List): each level names
     * its style, and each heading style names the list, so a new Heading 1 in Word is numbered too.
     */
    private static String numbering() {
        StringBuilder b = new StringBuilder();
        b.append("<w:numbering xmlns:w=\"").append(W).append("\">");
        b.append("<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"multilevel\"/>")
                .append("<w:name w:val=\"Barometer headings\"/>");
        String text = "";
        for (int level = 0; level < 9; level++) {
            text += "%" + (level + 1) + ".";
            b.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/>")
                    .append("<w:numFmt w:val=\"decimal\"/>");
            if (level < 3) {
                b.append("<w:pStyle w:val=\"Heading").append(level + 1).append("\"/>");
            }
            b.append("<w:lvlText w:val=\"").append(text).append("\"/><w:lvlJc w:val=\"left\"/>")
                    .append("<w:pPr><w:ind w:left=\"").append(HEADING_INDENT).append("\" w:hanging=\"").append(HEADING_INDENT)
                    .append("\"/></w:pPr></w:lvl>");
        }
        b.append("</w:abstractNum>");
        b.append("<w:num w:numId=\"").append(HEADING_NUM_ID).append("\"><w:abstractNumId w:val=\"1\"/></w:num>");
        b.append("</w:numbering>");
        return xml(b.toString());
    }

    private static void style(StringBuilder b, String type, String id, String name, String basedOn, boolean isDefault,
                              String extra, String pPr, String rPr) {
        b.append("<w:style w:type=\"").append(type).append('"').append(isDefault ? " w:default=\"1\"" : "")
                .append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
        if (basedOn != null) {
            b.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        }
        b.append(extra);
        if (pPr != null && !pPr.isEmpty()) {
            b.append("<w:pPr>").append(pPr).append("</w:pPr>");
        }
        if (!rPr.isEmpty()) {
            b.append("<w:rPr>").append(rPr).append("</w:rPr>");
        }
        b.append("</w:style>");
    }
}
