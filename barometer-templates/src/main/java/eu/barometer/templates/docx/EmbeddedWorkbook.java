package eu.barometer.templates.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The workbook embedded in a chart (Word's "Edit Data"): one sheet with the category column and
 * one column per series, header row first. Written directly as SpreadsheetML: POI would build a
 * full {@code XSSFWorkbook} per chart (shared strings, styles, theme), which costs more than the
 * rest of the chart, and stamps it with the current time. This one is the same bytes for the
 * same data.
 */
final class EmbeddedWorkbook {

    /** The sheet the chart's formulas refer to. */
    static final String SHEET = "Sheet1";


    private EmbeddedWorkbook() { }

    /** An absolute reference to a column's data rows, e.g. {@code Sheet1!$B$2:$B$10}. */
    static String range(int column, int rows) {
        String c = column(column);
        return SHEET + "!$" + c + "$2:$" + c + "$" + (rows + 1);
    }

    static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    static byte[] xlsx(Charts.Data data) {
        StringBuilder sheet = new StringBuilder(4096);
        sheet.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
                .append("http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        sheet.append("<row r=\"1\">");
        inline(sheet, 0, 1, data.categoryLabel());
        for (int s = 0; s < data.series().size(); s++) {
            inline(sheet, s + 1, 1, data.series().get(s));
        }
        sheet.append("</row>");
        for (int r = 0; r < data.categories().size(); r++) {
            int row = r + 2;
            sheet.append("<row r=\"").append(row).append("\">");
            inline(sheet, 0, row, data.categories().get(r));
            for (int s = 0; s < data.series().size(); s++) {
                Double v = data.values().get(s)[r];
                if (v != null) {
                    sheet.append("<c r=\"").append(column(s + 1)).append(row).append("\"><v>")
                            .append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString(v.longValue()) : v.toString())
                            .append("</v></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");

        String ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ct + "sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + ct + "worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + ct + "styles+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
                    + rel + "\"><sheets><sheet name=\"" + SHEET + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/></Relationships>");
            entry(zip, "xl/styles.xml", "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<fonts count=\"1\"><font><sz val=\"10\"/><name val=\"Arial\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
                    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static void inline(StringBuilder b, int column, int row, String text) {
        b.append("<c r=\"").append(column(column)).append(row).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        escape(b, text);
        b.append("</t></is></c>");
    }

    private static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(DocxBuild.FIXED_TIME);
        zip.putNextEntry(e);
        String text = xml.startsWith("<?xml") ? xml : "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml;
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
