package eu.barometer.cli;

import eu.barometer.templates.TemplateSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplatesCommandTest {

    @TempDir
    Path tmp;

    Path set;

    @BeforeEach
    void copyTheBuiltInSet() {
        set = tmp.resolve("my-set");
        Cli.Result r = Cli.run("templates", "init", set.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
    }

    /** Inserts a line before line {@code at} of a file of the set. */
    private void insertLine(String file, int at, String text) throws IOException {
        Path p = set.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
        lines.add(at - 1, text);
        Files.write(p, lines, StandardCharsets.UTF_8);
    }

    private Cli.Result check(String... extra) {
        List<String> args = new ArrayList<>(List.of("templates", "check", set.toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void initCopiesEveryFileOfTheBuiltInSet() {
        assertEquals(TemplateSet.builtIn().files(), Files2.names(set).stream().sorted().toList());
    }

    @Test
    void theBuiltInSetPassesTheCheck() {
        Cli.Result r = check();
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertTrue(r.out().contains("0 errors, "), r::toString);
    }

    @Test
    void initRefusesAFolderThatIsNotEmpty() throws IOException {
        Path mine = Files.writeString(set.resolve("edition.ftlh"), "mine");
        Cli.Result r = Cli.run("templates", "init", set.toString());
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("the folder " + set + " is not empty"), r::toString);
        assertEquals("mine", Files.readString(mine));
    }

    @Test
    void initWithForceReplacesTheSetsFiles() throws IOException {
        Path mine = Files.writeString(set.resolve("edition.ftlh"), "mine");
        Path other = Files.writeString(set.resolve("notes.txt"), "kept");
        Cli.Result r = Cli.run("templates", "init", "--force", set.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertFalse(Files.readString(mine).equals("mine"));
        assertEquals("kept", Files.readString(other));
    }

    @Test
    void reportsAFreeMarkerSyntaxErrorWithItsLocation() throws IOException {
        insertLine("edition.ftlh", 3, "  <#if>");
        Cli.Result r = check();
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith(set.resolve("edition.ftlh") + ":3:"), r::toString);
        assertTrue(r.out().contains(": error: "), r::toString);
    }

    @Test
    void reportsEverySyntaxErrorOnceEvenWhenTheSetCannotBeRead() throws IOException {
        insertLine("macros.ftlh", 2, "<#list>");
        java.nio.file.Files.createSymbolicLink(set.resolve("outside.css"), Files.writeString(tmp.resolve("outside.css"), "p {}"));
        Cli.Result r = check();
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        assertTrue(r.out().contains(set.resolve("outside.css") + ": error: a symbolic link that leaves the template set folder"), r::toString);
        assertEquals(1, r.out().lines().filter(l -> l.startsWith(set.resolve("macros.ftlh") + ":2:")).count(), r::toString);
    }

    @Test
    void reportsASyntaxErrorOnlyOnce() throws IOException {
        insertLine("edition.ftlh", 3, "  <#if>");
        Cli.Result r = check();
        assertEquals(1, r.out().lines().filter(l -> l.contains("edition.ftlh:3:")).count(), r::toString);
    }

    @Test
    void reportsALabelMissingFromTheMessages() throws IOException {
        insertLine("edition.ftlh", 3, "<p>${msg[\"no.such.label\"]}</p>");
        Cli.Result r = check();
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        assertTrue(r.out().contains(set.resolve("edition.ftlh") + ":3:11: error: label 'no.such.label' is not in messages_en.properties\n"),
                r::toString);
    }

    @Test
    void warnsAboutALabelMissingFromATranslation() throws IOException {
        Files.writeString(set.resolve("messages_mt.properties"), "label.page=Paġna\n");
        Cli.Result r = check();
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertTrue(r.out().contains(": warning: label 'label.page-of' is missing in messages_mt.properties; the English text is used there"),
                r::toString);
        assertEquals(ExitCode.INVALID, check("--strict").exitCode());
    }

    @Test
    void reportsAPluralPatternIcuCannotReadAtItsLineAndColumn() throws IOException {
        Files.writeString(set.resolve("messages_sl.properties"), "label.page=stran\nkey.actions-overdue={0, plural, one{ukrep} other{ukrepov}\n");
        Cli.Result r = check();
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        assertTrue(r.out().contains("messages_sl.properties:2:32: error: label 'key.actions-overdue': not a valid ICU MessageFormat pattern"),
                r::toString);
    }

    @Test
    void warnsAboutATranslationThatDropsAnArgument() throws IOException {
        Files.writeString(set.resolve("messages_de.properties"), "label.page=Seite\nkey.actions-due-soon={0} innerhalb von 30 Tagen fällig\n");
        Cli.Result r = check();
        assertTrue(r.out().contains("messages_de.properties:2:1: warning: label 'key.actions-due-soon' uses the arguments {0}"
                + " where messages_en.properties uses {0} {1}"), r::toString);
    }

    @Test
    void reportsElementsOutsideTheXhtmlSubsetAndMissingFiles() throws IOException {
        insertLine("edition.ftlh", 3, "<#if (1 < 2)><img src=\"logo.png\"/></#if> <font>x</font>");
        Cli.Result r = check();
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        String at = set.resolve("edition.ftlh") + ":3:";
        assertTrue(r.out().contains(at + "14: error: <img> is not in the XHTML subset"), r::toString);
        assertTrue(r.out().contains(at + "24: error: the file 'logo.png' is not in the template set"), r::toString);
        assertTrue(r.out().contains(at + "42: error: <font> is not in the XHTML subset"), r::toString);
        assertFalse(r.out().contains("<2>"), "a comparison inside a directive is not an element");
    }

    @Test
    void reportsLinksThatAreNotHttpsMailtoOrFragments() throws IOException {
        insertLine("edition.ftlh", 3, "<p><a href=\"http://example.org\">x</a> <a href=\"#s1\">y</a></p>");
        Cli.Result r = check();
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        assertTrue(r.out().contains(set.resolve("edition.ftlh") + ":3:13: error: link target 'http://example.org' is not allowed"), r::toString);
        assertFalse(r.out().contains("'#s1'"), r::toString);
    }

    @Test
    void reportsAMissingFontOfTheStyleSheet() throws IOException {
        Path css = set.resolve("style.css");
        long lines = Files.readAllLines(css).size();
        Files.writeString(css, Files.readString(css) + (Files.readString(css).endsWith("\n") ? "" : "\n")
                + "@font-face { font-family: X; src: url('fonts/missing.ttf'); }\n");
        Cli.Result r = check();
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        assertTrue(r.out().contains(css + ":" + (lines + 1) + ":40: error: the font 'fonts/missing.ttf' is not in the template set"), r::toString);
    }

    @Test
    void reportsAMissingStyleSheetAndImportedTemplate() throws IOException {
        insertLine("edition.ftlh", 3, "<#import \"gone.ftlh\" as g><style>${css[\"print.css\"]}</style>");
        Cli.Result r = check();
        assertTrue(r.out().contains(set.resolve("edition.ftlh") + ":3:11: error: the template 'gone.ftlh' is not in the template set"), r::toString);
        assertTrue(r.out().contains(set.resolve("edition.ftlh") + ":3:41: error: the style sheet 'print.css' is not in the template set"), r::toString);
    }

    @Test
    void checkOfAMissingFolderIsInvalid() {
        Cli.Result r = Cli.run("templates", "check", tmp.resolve("nope").toString());
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
    }
}
