package eu.barometer.templates.trust;

import eu.barometer.core.reference.Language;
import eu.barometer.core.testing.Samples;
import eu.barometer.templates.RenderOptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same bundle, templates and version give the same bytes in every format, whatever the host's
 * time zone, default locale, wall clock and thread count.
 */
class DeterminismTest {

    private static final Path BUNDLE = Samples.bundle("2023-Q3");

    private static final List<Language> LANGUAGES = List.of(Language.EN, Language.SL, Language.BG, Language.EL);

    private static List<String> inSeparateJvm(String timezone, String language, String country, int threads)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Duser.timezone=" + timezone, "-Duser.language=" + language,
                "-Duser.country=" + country, "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), DigestMain.class.getName(), BUNDLE.toString(),
                Integer.toString(threads), "en,sl,bg,el"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "digest run finished");
        assertEquals(0, p.exitValue(), err);
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void twoJvmsWithDifferentTimeZonesAndLocalesWriteIdenticalBytes() throws Exception {
        List<String> a = inSeparateJvm("UTC", "en", "GB", 1);
        List<String> b = inSeparateJvm("Pacific/Kiritimati", "el", "GR", 2);
        assertEquals(4 * LANGUAGES.size(), a.size(), "four formats in four languages: " + a);
        assertEquals(a, b);
    }

    @Test
    void eightThreadsThroughSharedRenderersWriteTheSameBytesAsOne() throws Exception {
        List<String> one = DigestMain.digests(BUNDLE, 1, LANGUAGES, RenderOptions.DEFAULT);
        List<String> eight = DigestMain.digests(BUNDLE, 8, LANGUAGES, RenderOptions.DEFAULT);
        assertEquals(one, eight);
    }
}
