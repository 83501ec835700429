package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateSetTest {

    @Test
    void everyBuiltInLabelIsAValidPatternInItsLanguage() throws Exception {
        // The built-in set skips the pattern check at load; this is where its labels are checked.
        TemplateSet set = TemplateSet.builtIn();
        for (String f : set.files()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("messages_([a-z]{2})\\.properties").matcher(f);
            if (!m.matches()) {
                continue;
            }
            Language l = Language.byCode(m.group(1)).orElseThrow();
            java.util.Properties p = new java.util.Properties();
            p.load(new java.io.StringReader(new String(set.file(f).orElseThrow(), StandardCharsets.UTF_8)));
            for (String key : p.stringPropertyNames()) {
                try {
                    eu.barometer.templates.internal.Messages.check(p.getProperty(key), l);
                } catch (eu.barometer.templates.internal.Messages.PatternException e) {
                    throw new AssertionError(f + ": label '" + key + "': " + e.getMessage(), e);
                }
            }
        }
    }

    @Test
    void builtInSetIsCouncilNoteAndBuiltOnce() {
        TemplateSet set = TemplateSet.builtIn();
        assertEquals("council-note", set.name());
        assertSame(set, TemplateSet.builtIn());
        assertTrue(set.files().containsAll(java.util.List.of("edition.ftlh", "macros.ftlh", "style.css",
                "messages_en.properties", "messages_sl.properties", "messages_de.properties", "messages_fr.properties",
                "messages_bg.properties", "messages_el.properties")), set.files().toString());
    }

    @Test
    void rendersACustomisedCopyFromAFolder(@TempDir Path dir) throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        Path labels = dir.resolve("messages_en.properties");
        String text = Files.readString(labels, StandardCharsets.UTF_8)
                .replace("heading.key-figures=Key figures", "heading.key-figures=Headline numbers for ministers");
        Files.writeString(labels, text, StandardCharsets.UTF_8);

        TemplateSet custom = TemplateSet.fromFolder(dir);
        String html = new String(Editions.render(custom, OutputFormat.HTML, Samples.q3(), Language.EN, RenderOptions.DEFAULT),
                StandardCharsets.UTF_8);
        assertTrue(html.contains("Headline numbers for ministers"));
        assertFalse(html.contains(">Key figures<"));
        assertEquals(dir.getFileName().toString().isEmpty() ? "council-note" : "council-note", custom.name());
    }

    @Test
    void copyNeverOverwritesAnExistingSet(@TempDir Path dir) throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        assertThrows(FileAlreadyExistsException.class, () -> TemplateSet.builtIn().copyTo(dir));
    }

    @Test
    void reportsATemplateSyntaxErrorWithItsLineAndColumn(@TempDir Path dir) throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        Files.writeString(dir.resolve("edition.ftlh"), "<html>\n  <#if>\n</html>\n");
        RenderException e = assertThrows(RenderException.class, () -> TemplateSet.fromFolder(dir));
        TemplateProblem p = e.problems().get(0);
        assertEquals("edition.ftlh", p.template());
        assertEquals(2, p.line());
        assertTrue(p.column() > 0);
    }

    @Test
    void reportsAMissingValueWithTheFailingExpressionNotAStackTrace(@TempDir Path dir) throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        Files.writeString(dir.resolve("edition.ftlh"), minimal("<p>${doc.nosuchthing}</p>"));
        TemplateSet set = TemplateSet.fromFolder(dir);
        RenderException e = assertThrows(RenderException.class,
                () -> set.toXhtml(Samples.q3(), Language.EN, RenderOptions.DEFAULT));
        TemplateProblem p = e.problems().get(0);
        assertEquals("edition.ftlh", p.template());
        assertEquals(2, p.line());
        assertTrue(p.message().contains("doc.nosuchthing"), p.message());
        assertFalse(e.getMessage().contains("\tat "), "no stack trace in the message");
    }

    @Test
    void refusesASetWithoutMainTemplateOrEnglishLabels(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("style.css"), "p { }");
        RenderException e = assertThrows(RenderException.class, () -> TemplateSet.fromFolder(dir));
        assertTrue(e.getMessage().contains("edition.ftlh"));
        assertTrue(e.getMessage().contains("messages_en.properties"));
    }

    @Test
    void refusesASetWhoseEnglishLabelsLackAKey(@TempDir Path dir) throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        Path labels = dir.resolve("messages_en.properties");
        Files.writeString(labels, Files.readString(labels).replace("council.name=", "council.nam="));
        RenderException e = assertThrows(RenderException.class, () -> TemplateSet.fromFolder(dir));
        assertTrue(e.getMessage().contains("'council.name' is missing"), e.getMessage());
    }

    @Test
    void producesXhtmlInsideTheSubset() throws Exception {
        XhtmlDocument x = TemplateSet.builtIn().toXhtml(Samples.q3(), Language.SL, RenderOptions.DEFAULT);
        assertEquals("sl", x.dom().getDocumentElement().getAttribute("lang"));
        assertTrue(x.xhtml().contains("<div class=\"running-header\">"));
        assertTrue(x.xhtml().contains("data-value=\"285506\" data-type=\"integer\""));
        assertTrue(x.xhtml().contains("data-code=\"EL\""));
        assertTrue(x.xhtml().contains("data-chart=\"line\""));
        assertTrue(x.xhtml().contains("<span class=\"footnote\">"));
    }

    @Test
    void saysWhichProviderSentNoDataInsteadOfShowingZeros(@TempDir Path dir) throws Exception {
        Path bundle = dir.resolve("bundle");
        Files.createDirectories(bundle);
        try (var files = Files.list(Samples.folder("2023-Q3"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!f.getFileName().toString().equals("eurojust.csv")) {
                    Files.copy(f, bundle.resolve(f.getFileName()));
                }
            }
        }
        var analysis = eu.barometer.core.analysis.EditionAnalysis.of(eu.barometer.core.Barometer.load(bundle));
        String html = new String(Editions.render(TemplateSet.builtIn(), OutputFormat.HTML, analysis, Language.EN,
                RenderOptions.DEFAULT), StandardCharsets.UTF_8);
        assertTrue(html.contains("No data received from Eurojust for this edition."));
        assertFalse(html.contains("id=\"t-eurojust\""), "no empty Eurojust table");
        String sl = new String(Editions.render(TemplateSet.builtIn(), OutputFormat.HTML, analysis, Language.SL,
                RenderOptions.DEFAULT), StandardCharsets.UTF_8);
        assertTrue(sl.contains("Od Eurojust za to izdajo ni bilo prejetih podatkov."));
    }

    static String minimal(String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"${lang.code}\"><head><title>t</title></head><body>\n"
                + body + "\n</body></html>\n";
    }
}
