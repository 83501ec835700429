package eu.barometer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands with the renderers of this build, not test doubles. */
@Timeout(300)
class BuiltInRenderersTest {

    @TempDir
    Path tmp;

    @Test
    void generateWritesAPdfAndAnHtmlEdition() throws Exception {
        Cli.Result r = Cli.run("generate", Bundles.sample("2023-Q3").toString(), "--format", "pdf,html", "--lang", "sl",
                "--out", tmp.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertEquals(List.of("barometer-2023-Q3-sl.html", "barometer-2023-Q3-sl.pdf"), Files2.names(tmp));
        byte[] pdf = Files.readAllBytes(tmp.resolve("barometer-2023-Q3-sl.pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
        assertTrue(Files.readString(tmp.resolve("barometer-2023-Q3-sl.html")).contains("lang=\"sl\""));
    }

    @Test
    void generateWithACustomisedTemplateSet() throws Exception {
        Path set = tmp.resolve("set");
        assertEquals(ExitCode.OK, Cli.run("templates", "init", set.toString()).exitCode());
        Path main = set.resolve("edition.ftlh");
        String text = Files.readString(main);
        int body = text.indexOf('>', text.indexOf("<body")) + 1;
        Files.writeString(main, text.substring(0, body) + "\n<p class=\"note\">Customised 2718</p>" + text.substring(body));
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("generate", Bundles.sample("2023-Q3").toString(), "--format", "html", "--lang", "en",
                "--templates", set.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertTrue(Files.readString(out.resolve("barometer-2023-Q3-en.html")).contains("Customised 2718"));
    }
}
