package eu.barometer.templates.xlsx;

import eu.barometer.core.Barometer;
import eu.barometer.core.InvalidInputException;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.model.Action;
import eu.barometer.core.model.CouncilDocument;
import eu.barometer.core.model.EditionInfo;
import eu.barometer.core.model.LocalizedText;
import eu.barometer.core.model.Period;
import eu.barometer.core.reference.ActionStatus;
import eu.barometer.core.reference.DocumentType;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Marking;
import eu.barometer.core.reference.Pillar;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.XhtmlDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Editions and XHTML for the XLSX tests. */
final class XlsxFixtures {

    /** Texts a spreadsheet must never take for formulas. */
    static final List<String> INJECTIONS = List.of("=1+1", "+41 22 000", "-2+3", "@SUM(A1:A2)", "\t=cmd|' /C calc'!A0",
            "\r=HYPERLINK(\"http://example.invalid\")");

    private XlsxFixtures() { }

    /** The sample bundle 2023-Q3. */
    static EditionAnalysis sample() {
        Path bundle = Path.of(System.getProperty("barometer.samples", "../samples")).resolve("2023-Q3");
        try {
            return EditionAnalysis.of(Barometer.load(bundle));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the sample bundle does not load: " + e.getMessage(), e);
        }
    }

    /** A small edition built through the API: only the action tracker, whose comments try formula injection. */
    static EditionAnalysis injections() {
        return actions(INJECTIONS);
    }

    /** A small edition built through the API: only the action tracker, one action per comment. */
    static EditionAnalysis actions(List<String> comments) {
        Period q3 = Period.quarter(2023, 3);
        EditionInfo info = new EditionInfo("2023-Q3", q3, LocalDate.of(2023, 10, 11), List.of(Language.EN), EditionInfo.defaultWindow(q3));
        CouncilDocument doc = new CouncilDocument("13901/23", LocalDate.of(2023, 10, 11), LocalizedText.of("Brussels"),
                Language.EN, Marking.LIMITE, List.of("JAI 1298"), DocumentType.NOTE, LocalizedText.of("Presidency"),
                LocalizedText.of("Council"), LocalizedText.of("Schengen"));
        List<Action> actions = new java.util.ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            actions.add(new Action("I." + (i + 1), Pillar.I, List.of("=Europol"), "@deliverable", LocalDate.of(2023, 12, 31),
                    ActionStatus.IN_PROGRESS, comments.get(i), Flag.NONE, i + 1));
        }
        try {
            return EditionAnalysis.of(Barometer.builder(info).document(doc)
                    .actions(actions, "European Commission", LocalDate.of(2023, 10, 10)).build());
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The hand-written XHTML of docs/xhtml-subset.md. */
    static String fixtureXhtml() {
        try (InputStream in = XlsxFixtures.class.getResourceAsStream("/xlsx/fixture.xhtml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XhtmlDocument document(Language language, String xhtml) throws RenderException {
        return XhtmlDocument.parse("fixture.xhtml", language, xhtml.replace("lang=\"en\"", "lang=\"" + language.code() + "\""));
    }

    /** Renders an edition with the fixture XHTML. */
    static byte[] render(EditionAnalysis edition, Language language) throws RenderException, IOException {
        return render(edition, document(language, fixtureXhtml()), RenderOptions.DEFAULT);
    }

    static byte[] render(EditionAnalysis edition, XhtmlDocument doc, RenderOptions options) throws RenderException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter().write(edition, doc, options, out);
        return out.toByteArray();
    }

    /** Keeps a workbook under target/xlsx for people to open. */
    static Path keep(String name, byte[] bytes) throws IOException {
        Path dir = Path.of("target", "xlsx");
        Files.createDirectories(dir);
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }
}
