package eu.barometer.cli;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs {@code barometer} as its own process: what a shell sees. */
@Timeout(120)
class MainProcessTest {

    @TempDir
    Path tmp;

    record Run(int exitCode, String out, String err) { }

    private Run barometer(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), BarometerCommand.class.getName()));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("stdout");
        Path err = tmp.resolve("stderr");
        // A POSIX locale: the output must still be UTF-8, whatever the platform's default charset.
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        assertTrue(p.waitFor(100, TimeUnit.SECONDS), "barometer did not finish");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void exitsWithZeroForAValidBundle() throws Exception {
        Run r = barometer("validate", Bundles.sample("2023-Q3").toString());
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
    }

    @Test
    void exitsWithThreeForInvalidInputAndPrintsUtf8() throws Exception {
        Path bundle = Bundles.broken(tmp.resolve("b"));
        Bundles.replaceLine(bundle.resolve("database-use.csv"), 5,
                Bundles.lineOf(bundle.resolve("database-use.csv"), 5).replace(",SIS,", ",SÍS–č,"));
        Run r = barometer("validate", bundle.toString());
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        assertTrue(r.out().contains("'SÍS–č'"), r::toString);
    }

    @Test
    void exitsWithTwoForAUsageError() throws Exception {
        Run r = barometer("validate");
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Missing required parameter: '<bundle>'"), r::toString);
    }

    @Test
    void exitsWithOneForAnUnwritableOutputFolderNamingIt() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "");
        Run r = barometer("generate", Bundles.sample("2023-Q3").toString(), "--out", file.toString(), "--format", "html");
        assertEquals(ExitCode.FAILURE, r.exitCode(), r::toString);
        assertEquals("barometer: cannot write to the output folder " + file + ": it exists and is not a folder\n", r.err());
    }
}
