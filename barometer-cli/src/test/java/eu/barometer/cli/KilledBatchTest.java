package eu.barometer.cli;

import eu.barometer.core.testing.Samples;
import eu.barometer.cli.output.AtomicWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch process stopped mid-way leaves only complete files under the editions' names. */
@Timeout(300)
class KilledBatchTest {

    @TempDir
    Path out;

    private Process startBatch() throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), BarometerCommand.class.getName(),
                "batch", Samples.bundle("2023-Q3").toString(), Samples.bundle("2023-Q2").toString(),
                "--format", "pdf,html", "--jobs", "2", "--out", out.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits until the first edition is in place, so the batch is surely mid-way. */
    private void awaitFirstFile(Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline && p.isAlive()) {
            try (Stream<Path> files = Files.list(out)) {
                if (files.anyMatch(f -> !AtomicWriter.isTemporary(f))) {
                    return;
                }
            }
            Thread.sleep(50);
        }
    }

    private void assertOnlyCompleteEditions(boolean temporariesAllowed) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                if (AtomicWriter.isTemporary(f)) {
                    assertTrue(temporariesAllowed, "temporary file left behind: " + f);
                    continue;
                }
                String name = f.getFileName().toString();
                byte[] bytes = Files.readAllBytes(f);
                String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length), StandardCharsets.ISO_8859_1);
                if (name.endsWith(".pdf")) {
                    assertTrue(tail.contains("%%EOF"), name + " is a complete PDF");
                } else if (name.endsWith(".html")) {
                    assertTrue(tail.strip().endsWith("</html>"), name + " is a complete HTML file");
                } else {
                    assertFalse(true, "unexpected file " + name);
                }
            }
        }
    }

    @Test
    void terminatedBatchLeavesOnlyCompleteFilesAndNoTemporaryOnes() throws Exception {
        Process p = startBatch();
        awaitFirstFile(p);
        p.destroy();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertOnlyCompleteEditions(false);
    }

    @Test
    void killedBatchNeverLeavesAPartialFileUnderAnEditionsName() throws Exception {
        Process p = startBatch();
        awaitFirstFile(p);
        p.destroyForcibly();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        // SIGKILL gives no chance to clean up: hidden temporary files may remain, never a partial edition.
        assertOnlyCompleteEditions(true);
    }
}
