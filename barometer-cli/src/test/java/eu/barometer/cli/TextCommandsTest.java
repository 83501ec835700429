package eu.barometer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The narrative text of a bundle in validate, validate --list-figures and templates check --bundle. */
class TextCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void validateReportsEveryTextProblemLocatedTogetherWithTheCsvProblems() throws Exception {
        Path bundle = Bundles.broken(tmp);                       // eurojust.csv:3:3 has a negative figure
        Bundles.write(bundle.resolve("text/summary.en.md"), "Rose to {{border-crossings.ytdd}}.\n\n<div>x</div>\n");
        Bundles.write(bundle.resolve("text/summary.sl.md"), "Besedilo z ![sliko](https://x.eu/a.png).\n");
        Bundles.write(bundle.resolve("text/sumary.de.md"), "Text.\n");
        Cli.Result r = Cli.run("validate", bundle.toString());
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        assertEquals(String.join("\n",
                bundle.resolve("eurojust.csv") + ":3:3: error: negative figure -4 in 'new_cases'; expected 0 or more",
                bundle.resolve("text/sumary.de.md") + ": error: unknown text part 'sumary' (did you mean 'summary'?);"
                        + " expected one of intro, summary, database-use, emsc-information-sharing, emsc-support, empact,"
                        + " eurojust, border-crossings, impact-levels, actions, third-countries, financial-investigations,"
                        + " asylum-applications, internal-border-controls, conclusions, annex",
                bundle.resolve("text/summary.en.md") + ":1:9: error: unknown figure 'border-crossings.ytdd' (did you mean"
                        + " 'border-crossings.ytd'?); barometer validate --list-figures lists the names",
                bundle.resolve("text/summary.en.md") + ":3:1: error: raw HTML; text files take Markdown only (paragraphs,"
                        + " *emphasis*, **strong**, lists, links, footnotes [^1], > quotes, ## headings)",
                bundle.resolve("text/summary.sl.md") + ":1:12: error: an image; narrative text carries no images"
                        + " (charts come from the data)",
                "5 errors, 0 warnings in " + bundle, ""), r.out().replace("\r", ""));
    }

    @Test
    void listFiguresNamesEveryFigureAndWithABundleItsValue() {
        Cli.Result names = Cli.run("validate", "--list-figures");
        assertEquals(ExitCode.OK, names.exitCode(), names::toString);
        assertTrue(names.out().contains("{{border-crossings.ytd}}"), names::toString);
        assertTrue(names.out().contains("{{empact.total}}"), names::toString);
        Cli.Result values = Cli.run("validate", "--list-figures", Bundles.sample("2023-Q3").toString());
        String line = values.out().lines().filter(l -> l.startsWith("{{empact.total}} ")).findFirst().orElseThrow();
        assertTrue(line.matches("\\{\\{empact\\.total}} +count +871 +operational actions .*"), line);
        String ytd = values.out().lines().filter(l -> l.startsWith("{{border-crossings.ytd}} ")).findFirst().orElseThrow();
        assertTrue(ytd.contains(" 285506* "), "provisional figures carry their mark: " + ytd);
        Cli.Result json = Cli.run("validate", "--list-figures", "--format", "json", Bundles.sample("2023-Q3").toString());
        assertTrue(json.out().contains("{\"name\": \"empact.total\", \"dataset\": \"empact\", \"kind\": \"count\","), json::toString);
        assertTrue(json.out().contains("\"value\": \"871\", \"flag\": \"none\"}"), json::toString);
    }

    @Test
    void templatesCheckPicksUpTheBundlesTextAndPartsTheSetNeverPlaces() throws Exception {
        Path set = tmp.resolve("set");
        Cli.run("templates", "init", set.toString());
        Path bundle = Bundles.copy("2023-Q3", tmp);
        Bundles.write(bundle.resolve("text/conclusions.en.md"), "Close with `code`.\n");
        Path edition = set.resolve("edition.ftlh");
        Files.writeString(edition, Files.readString(edition).replace("<@m.text text.annex 1 msg[\"label.annex\"] + \" I\"/>", ""));
        Cli.Result r = Cli.run("templates", "check", set.toString(), "--bundle", bundle.toString());
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        assertTrue(r.out().contains(bundle.resolve("text/annex.en.md") + ": warning: the template set never places the part"
                + " 'annex' (no <@m.text text.annex …/>), so this text would not appear in the editions"), r::toString);
        assertTrue(r.out().contains(bundle.resolve("text/conclusions.en.md") + ":1:12: error: code (`…`); the XHTML subset"
                + " has no code"), r::toString);
        Cli.Result plain = Cli.run("templates", "check", set.toString());
        assertFalse(plain.out().contains("text/"), "without --bundle only the set is checked");
    }

    private static void assertFalse(boolean b, String message) {
        assertTrue(!b, message);
    }
}
