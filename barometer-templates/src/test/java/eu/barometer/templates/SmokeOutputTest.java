package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

class SmokeOutputTest {

    @Test
    void writesEveryEditionOfTheSampleToTargetForInspection() throws Exception {
        Path dir = Path.of("target", "editions");
        Files.createDirectories(dir);
        for (Language l : new Language[]{Language.EN, Language.SL, Language.BG, Language.EL, Language.DE, Language.FR}) {
            for (OutputFormat f : new OutputFormat[]{OutputFormat.PDF, OutputFormat.HTML}) {
                Path file = dir.resolve(f.fileName("2023-Q3", l.code()));
                try (OutputStream out = Files.newOutputStream(file)) {
                    Renderers.forFormat(f, TemplateSet.builtIn()).render(Samples.q3(), l, RenderOptions.DEFAULT, out);
                }
                assertTrue(Files.size(file) > 1000, file + " is written");
            }
        }
    }
}
