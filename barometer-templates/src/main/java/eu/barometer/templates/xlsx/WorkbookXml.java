package eu.barometer.templates.xlsx;

import eu.barometer.templates.internal.XmlOut;
import eu.barometer.templates.internal.OoxmlPackage;

import eu.barometer.core.reference.Language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles the workbook package: each sheet is written into the zip as soon as it is complete
 * (a streamed sheet row by row), together with its chart; {@link #finish} then writes what
 * depends on all sheets: the workbook part with its defined names (print titles, filter ranges),
 * the styles, the shared strings, the relationships, the content types and the document
 * properties.
 */
final class WorkbookXml {

    /**
     * The document properties.
     *
     * @param custom custom properties in order, e.g. Marking
     */
    record Properties(String title, String subject, String creator, Optional<String> keywords, Language language,
                      LocalDate date, Map<String, String> custom) { }

    /** A name local to a sheet: its print titles or its filter range. */
    private record DefinedName(String name, int sheet, boolean hidden, String formula) { }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String TYPE = "application/vnd.openxmlformats-officedocument.";

    private final OoxmlPackage zip;
    private final Styles styles;
    private final Language language;
    private final SharedStrings strings;
    private final List<String> names = new ArrayList<>();
    private final List<DefinedName> definedNames = new ArrayList<>();
    private int charts;
    private SheetXml open;

    WorkbookXml(OoxmlPackage zip, Styles styles, Language language) {
        this(zip, styles, language, new SharedStrings());
    }

    WorkbookXml(OoxmlPackage zip, Styles styles, Language language, SharedStrings strings) {
        this.zip = zip;
        this.styles = styles;
        this.language = language;
        this.strings = strings;
    }

    /** Writes a sheet built in memory. */
    void sheet(String name, Grid grid) {
        grid.measure();
        SheetXml w = start(name, grid.setup);
        grid.writeCells(w);
        end(grid.setup);
    }

    /** Starts a streamed sheet whose setup is complete; its rows follow, then {@link #end}. */
    SheetXml start(String name, SheetSetup setup) {
        if (open != null) {
            throw new IllegalStateException("a sheet is still open");
        }
        names.add(name);
        open = new SheetXml(zip.part("xl/worksheets/sheet" + names.size() + ".xml"), name, strings, names.size() == 1);
        open.begin(setup);
        return open;
    }

    /** Ends the open sheet and writes its chart, if any. */
    void end(SheetSetup setup) {
        int index = names.size() - 1;
        String quoted = quote(names.get(index));
        open.end(setup, setup.chart != null ? "rId1" : null);
        zip.end();
        open = null;
        if (setup.autoFilter != null) {
            definedNames.add(new DefinedName("_xlnm._FilterDatabase", index, true, quoted + "!" + setup.autoFilter.ref(true)));
        }
        if (setup.repeatFirst >= 0) {
            definedNames.add(new DefinedName("_xlnm.Print_Titles", index, false,
                    quoted + "!$" + (setup.repeatFirst + 1) + ":$" + (setup.repeatLast + 1)));
        }
        if (setup.chart != null) {
            charts++;
            zip.part("xl/worksheets/_rels/sheet" + (index + 1) + ".xml.rels")
                    .raw("<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                            + "drawing\" Target=\"../drawings/drawing").num(charts).raw(".xml\"/></Relationships>");
            zip.end();
            ChartXml.write(zip, charts, setup.chart, styles, language);
        }
    }

    /** A sheet name as formulas and defined names quote it: {@code 'It''s'}. */
    static String quote(String sheet) {
        return "'" + sheet.replace("'", "''") + "'";
    }

    /** Writes the parts that depend on every sheet. */
    void finish(Properties p) {
        int n = names.size();
        XmlOut x = zip.part("xl/workbook.xml");
        x.raw("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<workbookPr date1904=\"0\"/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < n; i++) {
            x.raw("<sheet name=\"").text(names.get(i)).raw("\" sheetId=\"").num(i + 1L).raw("\" r:id=\"rId").num(i + 1L).raw("\"/>");
        }
        x.raw("</sheets>");
        if (!definedNames.isEmpty()) {
            x.raw("<definedNames>");
            for (DefinedName d : definedNames) {
                x.raw("<definedName name=\"").raw(d.name()).raw("\" localSheetId=\"").num(d.sheet())
                        .raw(d.hidden() ? "\" hidden=\"1\">" : "\">").text(d.formula()).raw("</definedName>");
            }
            x.raw("</definedNames>");
        }
        x.raw("<calcPr calcId=\"191029\"/></workbook>");
        zip.end();

        x = zip.part("xl/_rels/workbook.xml.rels").raw("<Relationships xmlns=\"" + RELS + "\">");
        for (int i = 1; i <= n; i++) {
            x.raw("<Relationship Id=\"rId").num(i).raw("\" Type=\"" + REL + "worksheet\" Target=\"worksheets/sheet").num(i)
                    .raw(".xml\"/>");
        }
        x.raw("<Relationship Id=\"rId").num(n + 1L).raw("\" Type=\"" + REL + "styles\" Target=\"styles.xml\"/>");
        if (!strings.isEmpty()) {
            x.raw("<Relationship Id=\"rId").num(n + 2L).raw("\" Type=\"" + REL + "sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        x.raw("</Relationships>");
        zip.end();

        styles.write(zip.part("xl/styles.xml"));
        zip.end();
        if (!strings.isEmpty()) {
            strings.write(zip.part("xl/sharedStrings.xml"));
            zip.end();
        }

        x = zip.part("[Content_Types].xml").raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + TYPE + "spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + TYPE + "spreadsheetml.styles+xml\"/>");
        if (!strings.isEmpty()) {
            x.raw("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + TYPE + "spreadsheetml.sharedStrings+xml\"/>");
        }
        for (int i = 1; i <= n; i++) {
            x.raw("<Override PartName=\"/xl/worksheets/sheet").num(i).raw(".xml\" ContentType=\"" + TYPE
                    + "spreadsheetml.worksheet+xml\"/>");
        }
        for (int i = 1; i <= charts; i++) {
            x.raw("<Override PartName=\"/xl/drawings/drawing").num(i).raw(".xml\" ContentType=\"" + TYPE + "drawing+xml\"/>")
                    .raw("<Override PartName=\"/xl/charts/chart").num(i).raw(".xml\" ContentType=\"" + TYPE
                            + "drawingml.chart+xml\"/>");
        }
        x.raw("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"" + TYPE + "extended-properties+xml\"/>"
                + "<Override PartName=\"/docProps/custom.xml\" ContentType=\"" + TYPE + "custom-properties+xml\"/></Types>");
        zip.end();

        zip.part("_rels/.rels").raw("<Relationships xmlns=\"" + RELS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\""
                + " Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL + "extended-properties\" Target=\"docProps/app.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + REL + "custom-properties\" Target=\"docProps/custom.xml\"/></Relationships>");
        zip.end();
        properties(p);
    }

    private void properties(Properties p) {
        String day = p.date() + "T00:00:00Z";
        XmlOut x = zip.part("docProps/core.xml");
        x.raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
                .raw("<dc:title>").text(p.title()).raw("</dc:title><dc:subject>").text(p.subject()).raw("</dc:subject>")
                .raw("<dc:creator>").text(p.creator()).raw("</dc:creator>");
        p.keywords().ifPresent(k -> x.raw("<cp:keywords>").text(k).raw("</cp:keywords>"));
        x.raw("<dc:language>").text(p.language().code()).raw("</dc:language>")
                .raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").raw(day).raw("</dcterms:created>")
                .raw("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").raw(day).raw("</dcterms:modified></cp:coreProperties>");
        zip.end();

        zip.part("docProps/app.xml").raw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<Application>Barometer+</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
                + "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
                + "</Properties>");
        zip.end();

        XmlOut c = zip.part("docProps/custom.xml");
        c.raw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
        int pid = 2;
        for (Map.Entry<String, String> e : p.custom().entrySet()) {
            c.raw("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"").num(pid++).raw("\" name=\"")
                    .text(e.getKey()).raw("\"><vt:lpwstr>").text(e.getValue()).raw("</vt:lpwstr></property>");
        }
        c.raw("</Properties>");
        zip.end();
    }
}
