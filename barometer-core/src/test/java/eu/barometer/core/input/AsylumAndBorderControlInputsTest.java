package eu.barometer.core.input;

import eu.barometer.core.Barometer;
import eu.barometer.core.Validation;
import eu.barometer.core.model.AsylumApplications;
import eu.barometer.core.model.Edition;
import eu.barometer.core.model.InternalBorderControl;
import eu.barometer.core.problem.InputProblem;
import eu.barometer.core.problem.Location;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.problem.Severity;
import eu.barometer.core.reference.ControlReason;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.registry.DatasetTypes;
import eu.barometer.core.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two datasets added through the registry: Eurostat's asylum figures and the Commission's list of internal border controls. */
class AsylumAndBorderControlInputsTest {

    @TempDir
    Path tmp;

    private Path bundle() {
        return Samples.copy("2023-Q3", tmp.resolve("b"));
    }

    private static InputProblem at(Validation v, String file, int line, int column) {
        List<InputProblem> found = v.problems().stream().filter(p -> p.location().equals(new Location(file, line, column))).toList();
        assertEquals(1, found.size(), () -> "expected one problem at " + file + ":" + line + ":" + column + " in " + v.problems());
        return found.get(0);
    }

    private static void assertProblem(InputProblem p, Severity severity, ProblemCode code, String message) {
        assertEquals(severity, p.severity(), p.toString());
        assertEquals(code, p.code(), p.toString());
        assertEquals(message, p.message(), p.toString());
    }

    @Test
    void readsEurostatSdmxHeadersSemicolonsAndFlagsNextToFigures() throws Exception {
        Path b = bundle();
        Samples.write(b.resolve("asylum-applications.csv"), "\uFEFFgeo;TIME_PERIOD;OBS_VALUE;visa_free_applicants;OBS_FLAG\r\n"
                + "EL;2023-07;\"5 210 p\";140;\r\n"
                + "EL;2023-08;5 388;151;e\r\n"
                + "DE;2023-07;31 020;1 910;\r\n");
        Validation v = Barometer.validate(b);
        assertTrue(v.isValid(), v.problems()::toString);
        Edition e = v.edition().orElseThrow();
        List<AsylumApplications> rows = e.dataset(DatasetTypes.ASYLUM_APPLICATIONS).rows();
        assertEquals(3, rows.size());
        AsylumApplications first = rows.get(0);
        assertEquals(Country.EL, first.country());
        assertEquals(5210, first.firstTimeApplicants());
        assertTrue(first.flags().of(AsylumApplications.FIRST_TIME).contains(Flag.PROVISIONAL), "p next to the figure");
        assertTrue(first.flags().of(AsylumApplications.VISA_FREE).isEmpty(), "only that figure");
        assertTrue(rows.get(1).flags().of(AsylumApplications.VISA_FREE).contains(Flag.ESTIMATED), "OBS_FLAG flags the row");
        assertEquals(31020, rows.get(2).firstTimeApplicants());
    }

    @Test
    void reportsEveryAsylumProblemLocatedAndTogether() {
        Path b = bundle();
        Samples.write(b.resolve("asylum-applications.csv"), "geo,TIME_PERIOD,OBS_VALUE,visa_free_applicants,OBS_FLAG\n"
                + "BE,2023-07,1200,80,\n"
                + "GR,2023-07,900,20,\n"
                + "BG,2023-07,-5,0,\n"
                + "CZ,2023-07,100,140,\n"
                + "DK,2023-13,100,4,\n"
                + "BE,2023-07,1300,80,\n"
                + "EE,2021-12,10,0,\n");
        Validation v = Barometer.validate(b);
        assertFalse(v.isValid());
        String f = "asylum-applications.csv";
        assertProblem(at(v, f, 3, 1), Severity.ERROR, ProblemCode.UNKNOWN_CODE, "unknown country 'GR' (did you mean 'EL'?)");
        assertProblem(at(v, f, 4, 3), Severity.ERROR, ProblemCode.NEGATIVE_VALUE,
                "negative figure -5 in 'first_time_applicants'; expected 0 or more");
        assertProblem(at(v, f, 5, 4), Severity.WARNING, ProblemCode.IMPLAUSIBLE_VALUE,
                "140 applicants from visa-free countries but only 100 first-time applicants; expected at most the number of"
                        + " first-time applicants");
        assertProblem(at(v, f, 6, 2), Severity.ERROR, ProblemCode.WRONG_TYPE, "'2023-13' in 'period' is not a period; expected a"
                + " month (2023-07), quarter (2023-Q3), half-year (2023-H2) or year (2023)");
        assertProblem(at(v, f, 7, 2), Severity.ERROR, ProblemCode.DUPLICATE_KEY,
                "duplicate row for BE 2023-07 (first at asylum-applications.csv:2:2); expected one row per key");
        assertEquals(ProblemCode.PERIOD_OUTSIDE_WINDOW, at(v, f, 8, 2).code());
    }

    @Test
    void readsBorderControlsWithListsOfReasonsAndBordersAndOpenEnds() {
        Path b = bundle();
        Samples.write(b.resolve("internal-border-controls.csv"), "Member State;from;until;reasons;borders;flag\n"
                + "AT;12.05.2023;11.11.2023;secondary movements / migration;SI+HU;\n"
                + "FR;2023-05-01;;terrorist-threat;all;p\n");
        Validation v = Barometer.validate(b);
        assertTrue(v.isValid(), v.problems()::toString);
        List<InternalBorderControl> rows = v.edition().orElseThrow().dataset(DatasetTypes.INTERNAL_BORDER_CONTROLS).rows();
        InternalBorderControl at = rows.get(0);
        assertEquals(LocalDate.of(2023, 5, 12), at.start());
        assertEquals(Optional.of(LocalDate.of(2023, 11, 11)), at.end());
        assertEquals(List.of(ControlReason.SECONDARY_MOVEMENTS, ControlReason.MIGRATORY_PRESSURE), at.reasons());
        assertEquals(List.of(Country.SI, Country.HU), at.borders());
        InternalBorderControl fr = rows.get(1);
        assertTrue(fr.allBorders());
        assertEquals(Optional.empty(), fr.end(), "until further notice");
        assertTrue(fr.inForceOn(LocalDate.of(2030, 1, 1)));
        assertEquals(Flag.PROVISIONAL, fr.flag());
    }

    @Test
    void reportsEveryBorderControlProblemLocatedAndTogether() {
        Path b = bundle();
        Samples.write(b.resolve("internal-border-controls.csv"), "country,start,end,reason,borders,flag\n"
                + "DE,2023-05-12,2023-05-01,migratory-pressure,AT,\n"
                + "DK,2023-05-12,2023-11-11,terror,DE,\n"
                + "AT,2023-05-12,2023-11-11,secondary-movements,AT,\n"
                + "RO,2023-05-12,2023-11-11,migrant-smuggling,BG,\n"
                + "SE,2023-10-20,,terrorist-threat,all,\n"
                + "DE,2023-05-12,2023-11-11,migratory-pressure,AT,\n"
                + "IE,2023-05-12,2023-11-11,other,all,\n");
        Validation v = Barometer.validate(b);
        assertFalse(v.isValid());
        String f = "internal-border-controls.csv";
        assertProblem(at(v, f, 2, 3), Severity.ERROR, ProblemCode.IMPLAUSIBLE_VALUE,
                "controls end on 2023-05-01, before they start on 2023-05-12; expected an end on or after the start");
        InputProblem reason = at(v, f, 3, 4);
        assertEquals(ProblemCode.UNKNOWN_CODE, reason.code());
        assertTrue(reason.message().startsWith("unknown reason 'terror' (did you mean 'terrorist-threat'"), reason::toString);
        assertProblem(at(v, f, 4, 5), Severity.ERROR, ProblemCode.IMPLAUSIBLE_VALUE,
                "borders name AT itself; expected the neighbouring States whose borders are concerned");
        assertProblem(at(v, f, 5, 1), Severity.WARNING, ProblemCode.NOT_SCHENGEN_MEMBER,
                "RO was not a Schengen member on 2023-05-12; border control at internal borders is reintroduced by Schengen States");
        assertProblem(at(v, f, 5, 5), Severity.WARNING, ProblemCode.NOT_SCHENGEN_MEMBER,
                "the border with BG was not an internal border on 2023-05-12 (BG was not a Schengen member); expected"
                        + " neighbouring Schengen States");
        assertProblem(at(v, f, 6, 2), Severity.WARNING, ProblemCode.PERIOD_OUTSIDE_WINDOW,
                "controls start on 2023-10-20, after the edition's reference date 2023-10-11; expected notifications up to that date");
        assertProblem(at(v, f, 7, 2), Severity.ERROR, ProblemCode.DUPLICATE_KEY,
                "duplicate row for DE from 2023-05-12 (first at internal-border-controls.csv:2:2); expected one row per key");
        assertEquals(ProblemCode.NOT_SCHENGEN_MEMBER, at(v, f, 8, 1).code());
    }
}
