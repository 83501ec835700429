package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.docx.DocxWriter;
import eu.barometer.templates.xlsx.XlsxWriter;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.WsDrDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.EndnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.WebSettingsDocument;
import org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument;
import org.w3c.dom.Element;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every XML part of every Word and Excel edition validates against the ECMA-376 schemas: the
 * XmlBeans types of poi-ooxml-full for the document parts, and the Open Packaging Conventions'
 * own schemas (test resources {@code ooxml-schemas/}) for {@code [Content_Types].xml} and the core
 * properties. Embedded packages (the chart workbooks in the DOCX) are opened and checked the same
 * way. A part whose content type has no schema here fails the test.
 */
class OoxmlSchemaTest {

    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final String CORE = "application/vnd.openxmlformats-package.core-properties+xml";
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final Map<String, SchemaType> TYPES = Map.ofEntries(
            Map.entry(WML + "document.main+xml", DocumentDocument.type),
            Map.entry(WML + "styles+xml", StylesDocument.type),
            Map.entry(WML + "numbering+xml", NumberingDocument.type),
            Map.entry(WML + "settings+xml", SettingsDocument.type),
            Map.entry(WML + "webSettings+xml", WebSettingsDocument.type),
            Map.entry(WML + "fontTable+xml", FontsDocument.type),
            Map.entry(WML + "header+xml", HdrDocument.type),
            Map.entry(WML + "footer+xml", FtrDocument.type),
            Map.entry(WML + "footnotes+xml", FootnotesDocument.type),
            Map.entry(WML + "endnotes+xml", EndnotesDocument.type),
            Map.entry(SML + "sheet.main+xml", WorkbookDocument.type),
            Map.entry(SML + "worksheet+xml", WorksheetDocument.type),
            Map.entry(SML + "sharedStrings+xml", SstDocument.type),
            Map.entry(SML + "styles+xml", StyleSheetDocument.type),
            Map.entry("application/vnd.openxmlformats-officedocument.drawing+xml", WsDrDocument.type),
            Map.entry("application/vnd.openxmlformats-officedocument.drawingml.chart+xml", ChartSpaceDocument.type),
            Map.entry("application/vnd.openxmlformats-officedocument.theme+xml", ThemeDocument.type),
            Map.entry("application/vnd.openxmlformats-officedocument.extended-properties+xml",
                    org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument.type),
            Map.entry("application/vnd.openxmlformats-officedocument.custom-properties+xml",
                    org.openxmlformats.schemas.officeDocument.x2006.customProperties.PropertiesDocument.type),
            Map.entry("application/vnd.openxmlformats-package.relationships+xml", RelationshipsDocument.type));
    /** Packages inside a package, opened and checked part by part. */
    private static final List<String> PACKAGES = List.of(SML + "sheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final Schema CONTENT_TYPES_SCHEMA = opcSchema("opc-contentTypes.xsd");
    private static final Schema CORE_SCHEMA = opcSchema("opc-coreProperties.xsd");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "SL", "BG", "EL"})
    void everyPartOfTheWordEditionIsValid(Language language) throws Exception {
        assertValid(render(OutputFormat.DOCX, language), "barometer-2023-Q3-" + language.code() + ".docx");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "SL", "BG", "EL"})
    void everyPartOfTheExcelEditionIsValid(Language language) throws Exception {
        assertValid(render(OutputFormat.XLSX, language), "barometer-2023-Q3-" + language.code() + ".xlsx");
    }

    /** The writers' fixtures use every element of the XHTML subset: heat maps, merged headings, links, footnotes, lists. */
    @Test
    void everyPartOfTheFixtureDocumentsIsValid() throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        DocxWriter.withDefaultReference().write(XhtmlDocument.parse("fixture.xhtml", Language.EN, resource("/docx/fixture.xhtml")),
                "fixture.xhtml", docx);
        assertValid(docx.toByteArray(), "docx/fixture.docx");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new XlsxWriter().write(Samples.q3(), XhtmlDocument.parse("fixture.xhtml", Language.EN, resource("/xlsx/fixture.xhtml")),
                RenderOptions.DEFAULT, xlsx);
        assertValid(xlsx.toByteArray(), "xlsx/fixture.xlsx");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OoxmlSchemaTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void anInvalidPartIsReportedWithItsNameAndTheSchemaMessage() throws Exception {
        // A line chart without its required c:grouping, as word/charts/chart1.xml was written before.
        String chart = "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart>"
                + "<c:plotArea><c:lineChart><c:varyColors val=\"0\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:lineChart>"
                + "</c:plotArea></c:chart></c:chartSpace>";
        List<String> errors = new ArrayList<>();
        validatePart("word/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                chart.getBytes(java.nio.charset.StandardCharsets.UTF_8), errors);
        assertFalse(errors.isEmpty());
        for (String e : errors) {
            assertTrue(e.matches("word/charts/chart1\\.xml:1:\\d+: Expected element 'grouping@http://schemas\\.openxmlformats\\.org/"
                    + "drawingml/2006/chart' .*in element lineChart@.*"), e);
        }
    }

    @Test
    void aPartOfUnknownTypeIsReported() throws Exception {
        List<String> errors = new ArrayList<>();
        validatePart("word/people.xml", "application/vnd.ms-word.people+xml", "<p/>".getBytes(), errors);
        assertEquals(List.of("word/people.xml: no schema for content type application/vnd.ms-word.people+xml"), errors);
        errors.clear();
        validatePart(CONTENT_TYPES, null, ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\"/></Types>").getBytes(), errors);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("ContentType"), errors.get(0));
    }

    private static byte[] render(OutputFormat format, Language language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.forFormat(format, TemplateSet.builtIn()).render(Samples.q3(), language, RenderOptions.DEFAULT, out);
        return out.toByteArray();
    }

    private static void assertValid(byte[] pkg, String name) throws Exception {
        List<String> errors = new ArrayList<>();
        int parts = validatePackage(pkg, name + "!/", errors);
        assertTrue(parts >= 8, name + ": only " + parts + " XML parts");
        if (!errors.isEmpty()) {
            fail(name + ": " + errors.size() + " schema error(s):\n" + String.join("\n", errors));
        }
    }

    /** Validates every XML part of a package; returns how many XML parts were checked. */
    private static int validatePackage(byte[] pkg, String prefix, List<String> errors) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pkg))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        byte[] types = parts.get(CONTENT_TYPES);
        assertFalse(types == null, prefix + ": no " + CONTENT_TYPES);
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(types));
        var list = dom.getDocumentElement().getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e) {
                if (e.getLocalName().equals("Default")) {
                    defaults.put(e.getAttribute("Extension").toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
                } else {
                    overrides.put(e.getAttribute("PartName"), e.getAttribute("ContentType"));
                }
            }
        }
        int checked = 0;
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String name = part.getKey();
            if (name.endsWith("/")) {
                continue;
            }
            String type = name.equals(CONTENT_TYPES) ? null : overrides.get("/" + name);
            if (type == null && !name.equals(CONTENT_TYPES)) {
                String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                type = defaults.get(ext);
                if (type == null) {
                    errors.add(prefix + name + ": no content type in " + CONTENT_TYPES);
                    continue;
                }
            }
            if (type != null && PACKAGES.contains(type)) {
                checked += validatePackage(part.getValue(), prefix + name + "!/", errors);
            } else if (type == null || type.endsWith("+xml") || type.endsWith("/xml")) {
                validatePart(prefix + name, type, part.getValue(), errors);
                checked++;
            }
            // Other parts (images, fonts) are not XML: nothing to validate.
        }
        return checked;
    }

    /** Validates one XML part by its content type ({@code null} for the content types part itself). */
    private static void validatePart(String name, String contentType, byte[] xml, List<String> errors) throws IOException {
        if (contentType == null || contentType.equals(CORE)) {
            validateWithXsd(name, contentType == null ? CONTENT_TYPES_SCHEMA : CORE_SCHEMA, xml, errors);
            return;
        }
        SchemaType type = TYPES.get(contentType);
        if (type == null) {
            errors.add(name + ": no schema for content type " + contentType);
            return;
        }
        List<XmlError> found = new ArrayList<>();
        try {
            XmlObject doc = type.getTypeSystem().parse(new ByteArrayInputStream(xml), type,
                    new XmlOptions().setLoadLineNumbers());
            if (doc.schemaType() != type) {
                errors.add(name + ": the root element is not a " + type.getDocumentElementName());
                return;
            }
            doc.validate(new XmlOptions().setErrorListener(found));
        } catch (XmlException e) {
            errors.add(name + ": not well-formed or not a " + type.getDocumentElementName() + ": " + e.getMessage());
            return;
        }
        for (XmlError e : found) {
            errors.add(name + ":" + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage());
        }
    }

    private static void validateWithXsd(String name, Schema schema, byte[] xml, List<String> errors) throws IOException {
        Validator v = schema.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) { }

            @Override
            public void error(SAXParseException e) {
                errors.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (org.xml.sax.SAXException e) {
            errors.add(name + ": " + e.getMessage());
        }
    }

    /** An OPC schema from the test resources, its imports resolved beside it (never from the network). */
    private static Schema opcSchema(String file) {
        try {
            SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            sf.setResourceResolver(new LocalSchemas());
            URL url = OoxmlSchemaTest.class.getResource("/ooxml-schemas/" + file);
            return sf.newSchema(new StreamSource(url.openStream(), url.toExternalForm()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the schema " + file + ": " + e.getMessage(), e);
        }
    }

    private static final class LocalSchemas implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String ns, String publicId, String systemId, String baseUri) {
            String file = systemId == null ? null : systemId.substring(systemId.lastIndexOf('/') + 1);
            URL url = file == null ? null : OoxmlSchemaTest.class.getResource("/ooxml-schemas/" + file);
            if (url == null) {
                throw new IllegalStateException("schema import " + systemId + " is not in ooxml-schemas/");
            }
            return new Input(url, publicId);
        }
    }

    private record Input(URL url, String publicId) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { }
        @Override public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        @Override public void setByteStream(InputStream in) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return url.toExternalForm(); }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
