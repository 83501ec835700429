package eu.barometer.templates.xlsx;

import eu.barometer.core.reference.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Opens the workbook with LibreOffice, as a reader would, and prints it to PDF. Skipped without soffice. */
class XlsxLibreOfficeTest {

    @Test
    void libreOfficeOpensAndPrintsTheWorkbook(@TempDir Path dir) throws Exception {
        Optional<Path> soffice = onPath("soffice");
        assumeTrue(soffice.isPresent(), "soffice is not installed");
        Path xlsx = dir.resolve("barometer.xlsx");
        Files.write(xlsx, XlsxFixtures.render(XlsxFixtures.injections(), Language.SL));
        Process p = new ProcessBuilder(soffice.get().toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                dir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished in time");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
        Path pdf = dir.resolve("barometer.pdf");
        assertTrue(Files.exists(pdf), "PDF written: " + Files.readString(dir.resolve("soffice.log")));
        byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).map(d -> Path.of(d, program))
                .filter(Files::isExecutable).findFirst();
    }
}
