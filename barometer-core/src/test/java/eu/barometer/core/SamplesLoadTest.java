package eu.barometer.core;

import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.Edition;
import eu.barometer.core.reference.Country;
import eu.barometer.core.model.EurojustSupport;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Marking;
import eu.barometer.core.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamplesLoadTest {

    @ParameterizedTest
    @ValueSource(strings = {"2023-Q3", "2023-Q2"})
    void sampleLoadsWithoutAnyProblem(String id) {
        Validation v = Barometer.validate(Samples.bundle(id));
        // The 2023-Q3 text is complete in en and sl (text.languages=en,sl); de, fr, bg and el have the
        // summary only and show the other parts marked "(original language: EN)" without a warning.
        assertEquals(List.of(), v.problems());
        assertTrue(v.isValid());
        Edition e = v.edition().orElseThrow();
        assertEquals(id, e.info().id());
        for (Dataset<?> d : e.datasets()) {
            assertTrue(d.isReceived(), d.kind() + " received");
            assertEquals(d.source().orElseThrow().rowsRead(), d.rows().size(), d.kind() + ": every row read is kept");
        }
    }

    @Test
    void q3SampleCarriesTheSeedNotesDocumentData() throws Exception {
        Edition e = Barometer.load(Samples.bundle("2023-Q3"));
        assertEquals("13901/23", e.document().number());
        assertEquals(LocalDate.of(2023, 10, 11), e.document().date());
        assertEquals(Marking.LIMITE, e.document().marking());
        assertEquals("Bruselj", e.document().place().in(Language.SL));
        assertEquals(List.of(Language.EN, Language.SL, Language.DE, Language.FR, Language.BG, Language.EL),
                e.info().languages());
        assertTrue(e.document().subjectCodes().contains("SCH-EVAL 217"));
        assertEquals(LocalDate.of(2023, 10, 11), e.info().referenceDate());
    }

    @Test
    void excelExportInTheSampleKeepsItsProvisionalFlags() throws Exception {
        Edition e = Barometer.load(Samples.bundle("2023-Q3"));
        assertTrue(e.eurojust().rows().stream()
                .anyMatch(r -> r.country() == Country.EL && r.flags().of(EurojustSupport.NEW_CASES) == Flags.PROVISIONAL
                        && r.flags().of(EurojustSupport.ONGOING_CASES) == Flags.NONE));
    }
}
