package eu.barometer.templates.docx;

import eu.barometer.templates.internal.OoxmlPackage;
import eu.barometer.templates.internal.XmlOut;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.zip.Deflater;

/**
 * The workbook embedded in a chart (Word's "Edit Data"): one sheet with the category column and
 * one column per series, header row first. Written directly as SpreadsheetML: POI would build a
 * full {@code XSSFWorkbook} per chart (shared strings, styles, theme), which costs more than the
 * rest of the chart, and stamps it with the current time. This one is the same bytes for the
 * same data, and writes through the spreadsheet edition's XML writer and zip package, so texts
 * are escaped the same way (characters XML cannot hold as {@code _xHHHH_}).
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
        String ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(DocxBuild.FIXED_TIME), ZoneOffset.UTC);
        try (OoxmlPackage zip = new OoxmlPackage(bytes, day, Deflater.DEFAULT_COMPRESSION)) {
            XmlOut sheet = zip.part("xl/worksheets/sheet1.xml");
            sheet.raw("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
            inline(sheet, 0, 1, data.categoryLabel());
            for (int s = 0; s < data.series().size(); s++) {
                inline(sheet, s + 1, 1, data.series().get(s));
            }
            sheet.raw("</row>");
            for (int r = 0; r < data.categories().size(); r++) {
                int row = r + 2;
                sheet.raw("<row r=\"").num(row).raw("\">");
                inline(sheet, 0, row, data.categories().get(r));
                for (int s = 0; s < data.series().size(); s++) {
                    Double v = data.values().get(s)[r];
                    if (v != null) {
                        sheet.raw("<c r=\"").raw(column(s + 1)).num(row).raw("\"><v>").num(v).raw("</v></c>");
                    }
                }
                sheet.raw("</row>");
            }
            sheet.raw("</sheetData></worksheet>");
            zip.end();
            zip.part("[Content_Types].xml").raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ct + "sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + ct + "worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + ct + "styles+xml\"/></Types>");
            zip.end();
            zip.part("_rels/.rels").raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            zip.end();
            zip.part("xl/workbook.xml").raw("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"" + rel + "\"><sheets><sheet name=\"" + SHEET + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            zip.end();
            zip.part("xl/_rels/workbook.xml.rels").raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/></Relationships>");
            zip.end();
            zip.part("xl/styles.xml").raw("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<fonts count=\"1\"><font><sz val=\"10\"/><name val=\"Arial\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
                    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
            zip.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static void inline(XmlOut sheet, int column, int row, String text) {
        sheet.raw("<c r=\"").raw(column(column)).num(row).raw("\" t=\"inlineStr\"><is><t>").spreadsheetText(text)
                .raw("</t></is></c>");
    }
}
