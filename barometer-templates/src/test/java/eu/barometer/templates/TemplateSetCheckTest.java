package eu.barometer.templates;

import eu.barometer.core.problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link TemplateSet#check}: the findings behind {@code barometer templates check}, as data. */
class TemplateSetCheckTest {

    @TempDir
    Path dir;

    @Test
    void theBuiltInSetHasNoFindings() throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        assertEquals(List.of(), TemplateSet.check(dir));
    }

    @Test
    void findsElementsAndLinksOutsideTheSubsetWithTheirPlaces() throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        Path edition = dir.resolve("edition.ftlh");
        List<String> lines = new ArrayList<>(Files.readAllLines(edition));
        lines.add(2, "<p><img src=\"logo.png\"/> <a href=\"https:europa.eu\">x</a></p>");
        Files.write(edition, lines);
        List<TemplateSet.Finding> findings = TemplateSet.check(dir);
        assertTrue(findings.stream().allMatch(f -> f.file().equals("edition.ftlh") && f.line() == 3 && f.isError()),
                findings::toString);
        assertTrue(findings.stream().anyMatch(f -> f.column() == 4 && f.message().startsWith("<img> is not in the XHTML subset")),
                findings::toString);
        assertTrue(findings.stream().anyMatch(f -> f.message().equals("link target 'https:europa.eu' is not allowed; "
                + "links must be https://, mailto: or #fragment")), findings::toString);
        assertTrue(findings.stream().anyMatch(f -> f.message().contains("'logo.png' is not in the template set")), findings::toString);
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals(dir.resolve("edition.ftlh") + ":3:4: error: " + findings.get(0).message(), findings.get(0).toString(dir));
    }
}
