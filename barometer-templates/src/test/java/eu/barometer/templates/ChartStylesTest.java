package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Route;
import eu.barometer.templates.chart.SeriesStyle;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chart series look the same in every edition: a route keeps its colour, dash and marker in the
 * HTML's SVG, the Word chart and the Excel chart (the PDF draws from the same styles, see
 * chart/ChartsTest), and the lines of one chart differ in dash and marker, not only in colour.
 */
class ChartStylesTest {

    private static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /** Series name to [colour, dash, marker] of the crossings line chart, read from a DOCX or XLSX chart part. */
    private static Map<String, List<String>> ooxmlSeries(byte[] zip, String prefix) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().startsWith(prefix) && e.getName().endsWith(".xml")) {
                    byte[] xml = in.readAllBytes();
                    Document d = XhtmlDocument.secureFactory().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
                    if (d.getElementsByTagNameNS(C, "lineChart").getLength() == 0) {
                        continue;
                    }
                    Map<String, List<String>> out = new LinkedHashMap<>();
                    NodeList sers = d.getElementsByTagNameNS(C, "ser");
                    for (int i = 0; i < sers.getLength(); i++) {
                        Element ser = (Element) sers.item(i);
                        String name = first(first(ser, C, "tx"), C, "v").getTextContent();
                        Element ln = first(first(ser, C, "spPr"), A, "ln");
                        Element marker = first(ser, C, "marker");
                        out.put(name, List.of(first(first(ln, A, "solidFill"), A, "srgbClr").getAttribute("val").toUpperCase(),
                                first(ln, A, "prstDash").getAttribute("val"), first(marker, C, "symbol").getAttribute("val"),
                                first(first(first(marker, C, "spPr"), A, "solidFill"), A, "srgbClr").getAttribute("val").toUpperCase()));
                    }
                    return out;
                }
            }
        }
        throw new AssertionError("no line chart under " + prefix);
    }

    private static Element first(Element parent, String ns, String name) {
        NodeList l = parent.getElementsByTagNameNS(ns, name);
        assertTrue(l.getLength() > 0, "<" + name + "> in <" + parent.getLocalName() + ">");
        return (Element) l.item(0);
    }

    /** Series name to [colour, dash array] of the crossings chart's SVG lines. */
    private static Map<String, List<String>> svgSeries(String html) {
        int start = html.indexOf("id=\"c-crossings\"");
        String svg = html.substring(html.indexOf("<svg", start), html.indexOf("</svg>", start));
        Matcher m = Pattern.compile("<g><title>([^<]+)</title><path d=\"[^\"]+\" fill=\"none\" stroke=\"(#[0-9a-f]{6})\""
                + " stroke-width=\"[0-9.]+\"(?: stroke-dasharray=\"([0-9. ]+)\")?").matcher(svg);
        Map<String, List<String>> out = new LinkedHashMap<>();
        while (m.find()) {
            out.put(m.group(1).replace("&amp;", "&"), List.of(m.group(2), m.group(3) == null ? "" : m.group(3)));
        }
        return out;
    }

    @Test
    void eachRouteHasOneColourDashAndMarkerInEveryEdition() throws Exception {
        Language l = Language.EN;
        Map<String, List<String>> docx = ooxmlSeries(Editions.builtIn(OutputFormat.DOCX, l), "word/charts/chart");
        Map<String, List<String>> xlsx = ooxmlSeries(Editions.builtIn(OutputFormat.XLSX, l), "xl/charts/chart");
        Map<String, List<String>> svg = svgSeries(new String(Editions.builtIn(OutputFormat.HTML, l), StandardCharsets.UTF_8));
        Map<String, String> names = Map.of("Eastern Mediterranean route", Route.EASTERN_MEDITERRANEAN.code(),
                "Central Mediterranean route", Route.CENTRAL_MEDITERRANEAN.code(), "Black Sea route", Route.BLACK_SEA.code(),
                "Other", Route.OTHER.code());
        for (Map.Entry<String, String> route : names.entrySet()) {
            SeriesStyle s = SeriesStyle.of(route.getValue(), 0);
            String name = route.getKey();
            assertEquals(List.of(s.rgb(), s.dash().drawingMl(), s.marker().drawingMl(), s.rgb()), docx.get(name), "DOCX " + name);
            assertEquals(List.of(s.rgb(), s.dash().drawingMl(), s.marker().drawingMl(), s.rgb()), xlsx.get(name), "XLSX " + name);
            assertEquals(s.css(), svg.get(name).get(0), "HTML " + name);
        }
        assertEquals("009E73", docx.get("Eastern Mediterranean route").get(0), "Eastern Mediterranean is green everywhere");
    }

    @Test
    void theLinesOfAChartDifferInDashAndMarkerNotOnlyInColour() throws Exception {
        Map<String, List<String>> docx = ooxmlSeries(Editions.builtIn(OutputFormat.DOCX, Language.EN), "word/charts/chart");
        Map<String, List<String>> xlsx = ooxmlSeries(Editions.builtIn(OutputFormat.XLSX, Language.EN), "xl/charts/chart");
        Map<String, List<String>> svg = svgSeries(new String(Editions.builtIn(OutputFormat.HTML, Language.EN), StandardCharsets.UTF_8));
        assertEquals(9, docx.size(), "nine routes: " + docx.keySet());
        for (Map<String, List<String>> chart : List.of(docx, xlsx)) {
            Set<String> dashes = new HashSet<>();
            Set<String> markers = new HashSet<>();
            for (List<String> s : chart.values()) {
                dashes.add(s.get(1));
                markers.add(s.get(2));
            }
            assertEquals(chart.size(), dashes.size(), "a dash pattern per line: " + chart);
            assertEquals(chart.size(), markers.size(), "a marker per line: " + chart);
        }
        assertEquals(9, svg.size(), "nine SVG lines");
        assertEquals(9, new HashSet<>(svg.values().stream().map(v -> v.get(1)).toList()).size(), "a dash pattern per SVG line: " + svg);
    }

    @Test
    void theWordChartsLegendSitsBesideThePlotNotOverIt() throws Exception {
        byte[] docx = Editions.builtIn(OutputFormat.DOCX, Language.EN);
        List<String> overlays = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().matches("word/charts/chart\\d+\\.xml")) {
                    Document d = XhtmlDocument.secureFactory().newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes()));
                    NodeList legends = d.getElementsByTagNameNS(C, "legend");
                    for (int i = 0; i < legends.getLength(); i++) {
                        overlays.add(first((Element) legends.item(i), C, "overlay").getAttribute("val"));
                    }
                }
            }
        }
        assertTrue(overlays.size() >= 3, "the sample's charts with a legend: " + overlays);
        overlays.forEach(o -> assertTrue(o.equals("0") || o.equals("false"), "legend overlay: " + o));
    }

    @Test
    void unCodedSeriesTakeStylesByTheirPlaceAndCodedOnesKeepTheirs() {
        assertEquals(SeriesStyle.of("SIS", 3), SeriesStyle.of("SIS.searches", 0), "a system's measures share its style");
        assertNotEquals(SeriesStyle.of("", 0), SeriesStyle.of("", 1));
        assertEquals(SeriesStyle.of(Route.EASTERN_MEDITERRANEAN.code(), 0), SeriesStyle.of(Route.EASTERN_MEDITERRANEAN.code(), 7));
    }
}
