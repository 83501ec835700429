package eu.barometer.core.analysis;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/template-model.md lists every figure narrative text may quote (routes and systems as patterns). */
class TextFiguresDocTest {

    private static final Pattern PATTERNED = Pattern.compile("border-crossings\\.(western-balkan|eastern-mediterranean|central-mediterranean"
            + "|western-mediterranean|western-african|eastern-borders|black-sea|circular-albania-greece|other)(\\..*)?|database-use\\.[a-z]+\\.[a-z-]+(\\..*)?");

    @Test
    void everyFigureNameIsDocumented() throws Exception {
        String doc = Files.readString(Path.of(System.getProperty("barometer.samples", "../samples")).resolveSibling("docs")
                .resolve("template-model.md"));
        for (TextFigures.Name n : TextFigures.names()) {
            if (PATTERNED.matcher(n.name()).matches()) {
                assertTrue(doc.contains(n.name().startsWith("database-use") ? "`database-use.<system>.<measure>" : "`border-crossings.<route>"),
                        "documents the pattern of " + n.name());
            } else {
                assertTrue(doc.contains("`" + n.name() + "`"), "documents " + n.name());
            }
        }
    }
}
