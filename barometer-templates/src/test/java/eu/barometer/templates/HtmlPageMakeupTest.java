package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.internal.Xhtml;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML edition on a phone and on paper: tables scroll in their own box, nothing else is wider
 * than a 390 px screen, and a printed copy carries the marking and the footer on every page. The
 * layout facts are measured in headless Chromium; those tests skip themselves without it.
 */
class HtmlPageMakeupTest {

    private static final List<Language> LOOKED = List.of(Language.EN, Language.SL, Language.EL, Language.BG);

    private static String html(Language l) {
        return new String(Editions.builtIn(OutputFormat.HTML, l), StandardCharsets.UTF_8);
    }

    @Test
    void everyDataTableSitsInAScrollBoxOfItsOwn() throws Exception {
        Document d = XhtmlDocument.secureFactory().newDocumentBuilder()
                .parse(new InputSource(new ByteArrayInputStream(Editions.builtIn(OutputFormat.HTML, Language.EN))));
        int tables = 0;
        for (Element t : Xhtml.elements(d, "table")) {
            if (!Xhtml.hasClass(t, "layout")) {
                Element parent = (Element) t.getParentNode();
                assertTrue(parent.getLocalName().equals("div") && Xhtml.hasClass(parent, "table-scroll"),
                        "table#" + t.getAttribute("id") + " is in a div.table-scroll");
                tables++;
            }
        }
        assertTrue(tables >= 15, "tables: " + tables);
        assertTrue(html(Language.EN).contains(".table-scroll { max-width: 100%; overflow-x: auto;"));
    }

    @Test
    void thePrintStyleSheetPutsMarkingNumberAndPageOfPagesInThePageMargins() {
        String en = html(Language.EN);
        Matcher m = Pattern.compile("<style media=\"print\">(.*?)</style>", Pattern.DOTALL).matcher(en);
        assertTrue(m.find(), "a print style sheet");
        String css = m.group(1);
        assertTrue(css.contains("@top-right { content: \"LIMITE\""), css);
        assertTrue(css.contains("@bottom-left { content: \"13901/23\""), css);
        assertTrue(css.contains("@bottom-center { content: \"page \" counter(page) \" of \" counter(pages)"), css);
        assertTrue(css.contains("@bottom-right { content: \"LIMITE\u2003EN\""), css);
        String bg = html(Language.BG);
        assertTrue(bg.contains("@bottom-center { content: \"стр. \" counter(page) \" от \" counter(pages)"), bg.substring(0, 300));
    }

    // ---------------------------------------------------------------- measured in Chromium

    private static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    private static String run(Path profile, String... args) throws IOException, InterruptedException {
        String exe = chromium();
        Assumptions.assumeTrue(exe != null, "headless Chromium is not installed");
        List<String> cmd = new ArrayList<>(List.of(exe, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium finished");
        return new String(out, StandardCharsets.UTF_8);
    }

    /** A script that reports, to the page framing it, every element wider than the viewport outside a scroll box. */
    private static final String PROBE = "<script>(function(){var w=document.documentElement.clientWidth,out=[];"
            + "document.querySelectorAll('body *').forEach(function(e){var r=e.getBoundingClientRect();"
            + "if(r.right>w+0.5&&!e.parentElement.closest('.table-scroll')&&!e.parentElement.closest('svg'))"
            + "out.push(e.tagName.toLowerCase()+'.'+e.getAttribute('class')+'#'+e.id+' '+Math.round(r.right)+'px');});"
            + "parent.postMessage('viewport='+w+' page='+document.documentElement.scrollWidth+' wide='+out.length+': '"
            + "+out.slice(0,12).join(', '),'*');})();</script>";

    @Test
    void nothingButATablesOwnBoxIsWiderThanA390PixelScreen() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "editions", "phone"));
        Path profile = Files.createTempDirectory("chromium-profile");
        for (Language l : LOOKED) {
            Path page = dir.resolve("probe-" + l.code() + ".html");
            Files.writeString(page, html(l).replace("</body>", PROBE + "</body>"));
            Path frame = dir.resolve("phone-" + l.code() + ".html");
            Files.writeString(frame, "<!DOCTYPE html><html><body style=\"margin:0\"><pre id=\"out\">no report</pre>"
                    + "<iframe src=\"" + page.getFileName() + "\" width=\"390\" height=\"844\" style=\"border:0\"></iframe>"
                    + "<script>addEventListener('message',function(e){document.getElementById('out').textContent=e.data;});"
                    + "</script></body></html>");
            String dom = run(profile, "--allow-file-access-from-files", "--virtual-time-budget=10000", "--window-size=1000,1000",
                    "--dump-dom", frame.toUri().toString());
            Matcher m = Pattern.compile("<pre id=\"out\">([^<]*)</pre>").matcher(dom);
            assertTrue(m.find(), "the probe reported in " + l + ": " + dom.substring(0, Math.min(300, dom.length())));
            String report = m.group(1);
            Matcher v = Pattern.compile("viewport=(\\d+) page=(\\d+) wide=(\\d+)").matcher(report);
            assertTrue(v.find(), report);
            assertTrue(Integer.parseInt(v.group(1)) <= 390, "a phone's width: " + report);
            assertEquals(v.group(1), v.group(2), "the page is as wide as the screen in " + l + ": " + report);
            assertEquals("0", v.group(3), "elements wider than the screen in " + l + ": " + report);
        }
    }

    @Test
    void aPageThatChromiumPrintsCarriesTheMarkingAndPageOfPagesOnEverySheet() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "editions", "print"));
        Path profile = Files.createTempDirectory("chromium-profile");
        for (Language l : List.of(Language.EN, Language.BG)) {
            Path html = dir.resolve("barometer-" + l.code() + ".html");
            Files.writeString(html, html(l));
            Path pdf = dir.resolve("barometer-" + l.code() + "-printed.pdf");
            Files.deleteIfExists(pdf);
            run(profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(), html.toUri().toString());
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                int pages = doc.getNumberOfPages();
                assertTrue(pages >= 8, l + " printed pages: " + pages);
                PDFTextStripper s = new PDFTextStripper();
                String of = l == Language.EN ? "page %d of %d" : "стр. %d от %d";
                for (int p = 1; p <= pages; p++) {
                    s.setStartPage(p);
                    s.setEndPage(p);
                    String text = s.getText(doc).replace('\u00A0', ' ');
                    assertTrue(text.contains(String.format(of, p, pages)), l + " sheet " + p + " has its page number");
                    assertTrue(text.contains("13901/23"), l + " sheet " + p + " has the document number");
                    int markings = text.split("LIMITE", -1).length - 1;
                    assertTrue(markings >= 2, l + " sheet " + p + " has the marking at its top and foot: " + markings);
                }
            }
        }
    }
}
