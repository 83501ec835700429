package eu.barometer.core.input;

import eu.barometer.core.Barometer;
import eu.barometer.core.Validation;
import eu.barometer.core.model.Action;
import eu.barometer.core.model.Edition;
import eu.barometer.core.problem.InputProblem;
import eu.barometer.core.problem.Location;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.problem.Severity;
import eu.barometer.core.reference.CountryNames;
import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Organisation;
import eu.barometer.core.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-language free texts, organisations and Council header fields: read, resolved, and every gap located. */
class TranslationsTest {

    @TempDir
    Path tmp;

    private Path bundle() {
        return Samples.copy("2023-Q3", tmp.resolve("b"));
    }

    private static List<InputProblem> of(Validation v, ProblemCode code) {
        return v.problems().stream().filter(p -> p.code() == code).toList();
    }

    @Test
    void theSamplesCarryEveryTextInEveryLanguageOfTheEdition() {
        for (String id : List.of("2023-Q3", "2023-Q2")) {
            Validation v = Barometer.validate(Samples.bundle(id));
            assertEquals(List.of(), of(v, ProblemCode.MISSING_TRANSLATION), id);
            assertEquals(List.of(), of(v, ProblemCode.UNKNOWN_ORGANISATION), id);
        }
    }

    @Test
    void readsDeliverableAndCommentVariantsFromTheirOwnColumns() throws Exception {
        Edition e = Barometer.load(Samples.bundle("2023-Q3"));
        Action a = e.actions().rows().stream().filter(x -> x.id().equals("I.2")).findFirst().orElseThrow();
        assertEquals(Optional.of("Skupna slika razmer na področju tihotapljenja migrantov"), a.translations().of("deliverable", Language.SL));
        assertEquals(Optional.empty(), a.translations().of("deliverable", Language.HU));
        assertEquals(Optional.of("Αθήνα, αεροπορικά σύνορα"), e.impactLevels().rows().stream()
                .filter(x -> x.section().equals("Athens air")).findFirst().orElseThrow().translations().of("section", Language.EL));
    }

    @Test
    void aMissingTranslationCellIsAWarningAtThatCellNamingTheLanguage() {
        Path b = bundle();
        Samples.write(b.resolve("actions.csv"), "id,pillar,owner,deliverable,deliverable_sl,deliverable_de,deliverable_fr,"
                + "deliverable_bg,deliverable_el,deadline,status\n"
                + "I.2,I,Frontex,Joint picture,Skupna slika,Gemeinsames Lagebild,Image commune,Обща картина,Κοινή εικόνα,2024-03-31,not-started\n"
                + "III.2,III,Eurojust,Regular figures,,Regelmäßige Zahlen,Chiffres réguliers,Редовни данни,Τακτικά στοιχεία,2023-11-06,in-progress\n");
        List<InputProblem> found = of(Barometer.validate(b), ProblemCode.MISSING_TRANSLATION);
        assertEquals(1, found.size(), found::toString);
        InputProblem p = found.get(0);
        assertEquals(new Location("actions.csv", 3, 5), p.location());
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("no sl text for 'deliverable' ('Regular figures'): the sl edition shows it in en, marked as untranslated;"
                + " fill in deliverable_sl", p.message());
    }

    @Test
    void aMissingTranslationColumnIsOneWarningPerLanguage() {
        Path b = bundle();
        Samples.write(b.resolve("actions.csv"), "id,pillar,owner,deliverable,deadline,status\n"
                + "I.2,I,Frontex,Joint picture,2024-03-31,not-started\nIII.2,III,Eurojust,Regular figures,2023-11-06,in-progress\n");
        List<InputProblem> found = of(Barometer.validate(b), ProblemCode.MISSING_TRANSLATION);
        assertEquals(5, found.size(), found::toString);   // sl, de, fr, bg, el
        String sl = "actions.csv:2:4: warning: no sl text for any of the 2 values of 'deliverable': the sl edition shows them in en,"
                + " marked as untranslated; add a column deliverable_sl [missing-translation]";
        assertTrue(found.stream().anyMatch(p -> p.toString().equals(sl)), found::toString);
        assertTrue(found.stream().anyMatch(p -> p.message().startsWith("no el text")));
    }

    @Test
    void anUnknownOwnerIsAWarningAtItsCell() {
        Path b = bundle();
        Samples.write(b.resolve("actions.csv"), "id,pillar,owner,deliverable,deadline,status\n"
                + "I.2,I,\"Frontex, Ministry of Magic\",x,2024-03-31,not-started\n");
        List<InputProblem> found = of(Barometer.validate(b), ProblemCode.UNKNOWN_ORGANISATION);
        assertEquals(1, found.size(), found::toString);
        assertEquals(new Location("actions.csv", 2, 3), found.get(0).location());
        assertTrue(found.get(0).message().startsWith("owner 'Ministry of Magic' is not a known organisation"), found.get(0).message());
    }

    @Test
    void aLanguageWithoutFromToSubjectIsAWarningAtTheKeyAndBrusselsNeedsNoTranslation() {
        Path b = bundle();
        Samples.replace(b.resolve("edition.properties"), "edition.languages=en,sl,de,fr,bg,el", "edition.languages=en,sl,hu,ga");
        Validation v = Barometer.validate(b);
        assertTrue(v.isValid(), v.problems()::toString);
        List<InputProblem> found = of(v, ProblemCode.MISSING_TRANSLATION).stream()
                .filter(p -> p.location().source().equals("edition.properties")).toList();
        // hu and ga lack from, to and subject; the place (Brussels) is known in every language.
        assertEquals(6, found.size(), found::toString);
        assertTrue(found.stream().noneMatch(p -> p.message().contains("document.place")), found::toString);
        InputProblem from = found.stream().filter(p -> p.message().startsWith("no hu text for document.from")).findFirst().orElseThrow();
        assertEquals("no hu text for document.from, although the edition is made in hu: the header shows 'Presidency' in en,"
                + " marked as untranslated; add document.from.hu=…", from.message());
        assertTrue(from.location().line() > 0);
        // The free texts of the sample have no hu or ga columns: one warning per column and language.
        assertTrue(of(v, ProblemCode.MISSING_TRANSLATION).stream().anyMatch(p -> p.toString().startsWith("actions.csv:2:4: warning: no hu text")));
    }

    @Test
    void providersSplitAtCommasAndAndButNotInsideBrackets() {
        assertEquals(List.of("Europol", "EMSC", "EU IRU"), Organisation.split("Europol, EMSC and EU IRU"));
        assertEquals(List.of("Europol (EMSC and EU IRU)"), Organisation.split("Europol (EMSC and EU IRU)"));
        assertEquals(List.of("Member States", "European Commission"), Organisation.split("Member States; European Commission"));
        assertEquals(Optional.of(Organisation.EEAS), Organisation.lookup("  eeas "));
        assertEquals("ESZD", Organisation.EEAS.in(Language.SL));
        assertEquals("države članice", Organisation.MEMBER_STATES.in(Language.SL));
        assertEquals("Европол", Organisation.EUROPOL.in(Language.BG));
        assertFalse(Organisation.lookup("Ministry of Magic").isPresent());
    }

    @Test
    void countryNamesFollowTheStyleGuide() {
        assertEquals("Türkiye", CountryNames.of("TR", Language.EN));
        assertEquals("Bosnia and Herzegovina", CountryNames.of("BA", Language.EN));
        assertEquals("Czechia", CountryNames.of("CZ", Language.EN));
        assertEquals("Greece", CountryNames.of("EL", Language.EN));
        for (Language l : Language.values()) {
            for (String iso : List.of("BA", "TT", "AG", "KN", "ST", "TR", "MK", "CZ")) {
                assertFalse(CountryNames.of(iso, l).contains("&"), iso + " in " + l.code() + ": " + CountryNames.of(iso, l));
            }
        }
    }
}
