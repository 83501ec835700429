package eu.barometer.templates.docx;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.XhtmlDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the DOCX in LibreOffice (headless) and prints it to PDF: the file is valid for another
 * office suite than the one POI was written against, and the tables, footnotes and page fields
 * survive. Skipped when {@code soffice} is not installed.
 */
class LibreOfficeRoundTripTest {

    static Path soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Converts a .docx to PDF with LibreOffice and returns the PDF's text. */
    static String convert(Path soffice, Path docx, Path work) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", work.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished within 3 minutes");
        assertEquals(0, p.exitValue(), () -> "soffice failed: " + read(work.resolve("soffice.log")));
        Path pdf = work.resolve(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
        assertTrue(Files.size(pdf) > 1000, "a PDF was written");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void libreOfficeConvertsTheDocxToPdfWithTablesFootnotesAndPageNumbers(@TempDir Path work) throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "soffice (LibreOffice) is not installed");
        XhtmlDocument x = XhtmlDocument.parse("fixture.xhtml", Language.EN, DocxWriterTest.resource("/docx/fixture.xhtml"));
        Path docx = work.resolve("fixture.docx");
        Files.write(docx, DocxAssertions.write(x));

        String text = convert(soffice, docx, work).replaceAll("[ \\t]+", " ");
        for (String expected : List.of("Council of the European Union", "Table 1: Eurojust support, 2023-Q3", "Liechtenstein",
                "Switzerland 5 17 1", "Total 242 787 23", "Frontex, figures as of 9 October 2023", "page 1 of 5", "LIMITE",
                "Figure 1: Detections by route")) {
            assertTrue(text.contains(expected), () -> "the PDF lacks \"" + expected + "\":\n" + text);
        }
    }
}
