package eu.barometer.templates.statements;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.Renderers;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One edition rendered in all four formats, with the text a reader sees in each: the HTML as a
 * DOM, the PDF's text (PDFBox), the DOCX's text (POI) and the workbook (POI).
 */
final class Editions4 {

    final String html;
    final Document dom;
    final String pdf;
    final String docx;
    final XSSFWorkbook xlsx;

    private Editions4(String html, Document dom, String pdf, String docx, XSSFWorkbook xlsx) {
        this.html = html;
        this.dom = dom;
        this.pdf = pdf;
        this.docx = docx;
        this.xlsx = xlsx;
    }

    static Editions4 render(EditionAnalysis analysis, Language language) throws Exception {
        return render(TemplateSet.builtIn(), analysis, language);
    }

    static Editions4 render(TemplateSet set, EditionAnalysis analysis, Language language) throws Exception {
        String html = new String(bytes(set, OutputFormat.HTML, analysis, language), StandardCharsets.UTF_8);
        Document dom = XhtmlDocument.secureFactory().newDocumentBuilder().parse(new InputSource(
                new java.io.StringReader(html)));
        String pdf;
        try (PDDocument d = Loader.loadPDF(bytes(set, OutputFormat.PDF, analysis, language))) {
            pdf = new PDFTextStripper().getText(d);
        }
        String docx;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes(set, OutputFormat.DOCX, analysis, language)));
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            docx = x.getText();
        }
        XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(bytes(set, OutputFormat.XLSX, analysis, language)));
        return new Editions4(html, dom, flat(pdf), flat(docx), xlsx);
    }

    private static byte[] bytes(TemplateSet set, OutputFormat f, EditionAnalysis a, Language l) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.forFormat(f, set).render(a, l, RenderOptions.DEFAULT, out);
        return out.toByteArray();
    }

    /**
     * Text with every run of white space (line breaks, tabs, no-break spaces) made one space, and
     * the spaces before a mark or after a dash taken out (a line may break there), so that a
     * sentence reads the same in every format.
     */
    static String flat(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ").replace(" *", "*")
                .replace(" °", "°").replace("– ", "–").strip();
    }

    /** The text content of the element with an id, white space collapsed (no-break spaces kept). */
    String text(String id) {
        Element e = byId(dom.getDocumentElement(), id);
        if (e == null) {
            throw new AssertionError("no element #" + id);
        }
        return e.getTextContent().replaceAll("[ \\t\\r\\n]+", " ").strip();
    }

    /** The element with an id. */
    Element element(String id) {
        Element e = byId(dom.getDocumentElement(), id);
        if (e == null) {
            throw new AssertionError("no element #" + id);
        }
        return e;
    }

    /** The key figures, each as its text. */
    List<String> keyFigures() {
        List<String> out = new ArrayList<>();
        NodeList li = byId(dom.getDocumentElement(), "s-key-figures").getElementsByTagName("li");
        for (int i = 0; i < li.getLength(); i++) {
            out.add(li.item(i).getTextContent().replaceAll("[ \\t\\r\\n]+", " ").strip());
        }
        return out;
    }

    /** The cells of a table row: by the row header's data-code, or "total" for the tfoot row. */
    List<Element> cells(String tableId, String code) {
        Element table = byId(dom.getDocumentElement(), tableId);
        NodeList rows = table.getElementsByTagName("tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element tr = (Element) rows.item(i);
            Element th = (Element) tr.getElementsByTagName("th").item(0);
            boolean total = "tfoot".equals(tr.getParentNode().getNodeName());
            if ((code.equals("total") && total) || (th != null && code.equals(th.getAttribute("data-code")))) {
                List<Element> out = new ArrayList<>();
                NodeList td = tr.getElementsByTagName("td");
                for (int j = 0; j < td.getLength(); j++) {
                    out.add((Element) td.item(j));
                }
                return out;
            }
        }
        throw new AssertionError("no row " + code + " in #" + tableId);
    }

    /** The paragraph after a table (or after the box the HTML edition puts it in): its legend. */
    String tableLegend(String tableId) {
        Element table = byId(dom.getDocumentElement(), tableId);
        org.w3c.dom.Node after = table.getNextSibling();
        while (after != null && !(after instanceof Element)) {
            after = after.getNextSibling();
        }
        if (after == null && "div".equals(table.getParentNode().getNodeName())) {
            table = (Element) table.getParentNode();
        }
        for (org.w3c.dom.Node n = table.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e.getTextContent().replaceAll("[ \\t\\r\\n]+", " ").strip();
            }
        }
        return "";
    }

    private static Element byId(Element e, String id) {
        if (id.equals(e.getAttribute("id"))) {
            return e;
        }
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                Element found = byId(c, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- fixtures

    /** A copy of a sample bundle to change. */
    static Path copy(String sample, Path target) throws IOException {
        Path from = Path.of(System.getProperty("barometer.samples", "../samples")).resolve(sample);
        Files.createDirectories(target);
        try (var files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
        }
        return target;
    }

    /** Removes the lines that start with a text (a file of any line ends). */
    static void dropLines(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> kept = lines.stream().filter(l -> !l.replace("\uFEFF", "").startsWith(start)).toList();
        if (kept.size() == lines.size()) {
            throw new AssertionError(file + " has no line starting " + start);
        }
        Files.write(file, kept);
    }

    static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        if (!s.contains(from)) {
            throw new AssertionError(file + " does not contain " + from);
        }
        Files.writeString(file, s.replace(from, to));
    }

    /**
     * An edition of only border crossings, from the real Frontex series (January 2009 to
     * {@code last}), for the period {@code period}: the way a new user builds an edition from the
     * full series.
     */
    static EditionAnalysis frontex(Path dir, String id, String period, String last) throws Exception {
        copy("2023-Q3", dir);
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.toString().endsWith(".csv")) {
                    Files.delete(f);
                }
            }
        }
        List<String> lines;
        try (InputStream in = Editions4.class.getResourceAsStream("/frontex/frontex_ibc_monthly.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        StringBuilder csv = new StringBuilder("route,month,detections\n");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String month = f[1].substring(0, 7);
            if (month.compareTo(last) <= 0) {
                csv.append(f[0]).append(',').append(month).append(',').append(f[2]).append('\n');
            }
        }
        Files.writeString(dir.resolve("border-crossings.csv"), csv);
        Path props = dir.resolve("edition.properties");
        replace(props, "edition.id=2023-Q3", "edition.id=" + id);
        replace(props, "edition.period=2023-Q3", "edition.period=" + period);
        replace(props, "edition.window=2022-01..2023-09", "edition.window=2009-01.." + last);
        replace(props, "source.border-crossings.provisional=true", "source.border-crossings.provisional=false");
        return EditionAnalysis.of(Barometer.load(dir));
    }
}
