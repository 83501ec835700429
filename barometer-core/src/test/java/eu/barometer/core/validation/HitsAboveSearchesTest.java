package eu.barometer.core.validation;

import eu.barometer.core.model.DatabaseUse;
import eu.barometer.core.model.DatabaseUseRows;
import eu.barometer.core.model.Period;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Measure;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HitsAboveSearchesTest {

    private static final Period Q3 = Period.quarter(2023, 3);

    private static DatabaseUse row(Country c, InformationSystem s, Measure m, Period p, long value, int line) {
        return new DatabaseUse(c, s, m, p, value, Flags.NONE, line);
    }

    private static List<List<DatabaseUse>> found(List<DatabaseUse> rows) {
        List<List<DatabaseUse>> out = new ArrayList<>();
        HitsAboveSearches.find(rows, (hits, searches) -> out.add(List.of(hits, searches)));
        return out;
    }

    /** What the check did before it was made compact: a map from (country, system, period) to the searches row. */
    private static List<List<DatabaseUse>> withMap(List<DatabaseUse> rows) {
        Map<Object, DatabaseUse> searches = new HashMap<>();
        for (DatabaseUse d : rows) {
            if (d.measure() == Measure.SEARCHES) {
                searches.put(List.of(d.country(), d.system(), d.period()), d);
            }
        }
        List<List<DatabaseUse>> out = new ArrayList<>();
        for (DatabaseUse d : rows) {
            if (d.measure() == Measure.HITS) {
                DatabaseUse s = searches.get(List.of(d.country(), d.system(), d.period()));
                if (s != null && d.value() > s.value()) {
                    out.add(List.of(d, s));
                }
            }
        }
        return out;
    }

    @Test
    void pairsHitsAboveSearchesOfTheSameCountrySystemAndPeriod() {
        DatabaseUse searches = row(Country.BE, InformationSystem.SIS, Measure.SEARCHES, Q3, 100, 2);
        DatabaseUse fewerHits = row(Country.BE, InformationSystem.SIS, Measure.HITS, Q3, 100, 3);
        DatabaseUse moreHits = row(Country.BE, InformationSystem.SIS, Measure.HITS, Q3, 101, 4);
        DatabaseUse otherSystem = row(Country.BE, InformationSystem.VIS, Measure.HITS, Q3, 500, 5);
        DatabaseUse otherCountry = row(Country.DE, InformationSystem.SIS, Measure.HITS, Q3, 500, 6);
        DatabaseUse otherPeriod = row(Country.BE, InformationSystem.SIS, Measure.HITS, Period.quarter(2023, 2), 500, 7);
        List<DatabaseUse> rows = List.of(moreHits, searches, fewerHits, otherSystem, otherCountry, otherPeriod);
        assertEquals(List.of(List.of(moreHits, searches)), found(rows));
    }

    @Test
    void theLastSearchesRowOfAKeyIsTheOneCompared() {
        DatabaseUse first = row(Country.BE, InformationSystem.SIS, Measure.SEARCHES, Q3, 1_000, 2);
        DatabaseUse hits = row(Country.BE, InformationSystem.SIS, Measure.HITS, Q3, 500, 3);
        DatabaseUse last = row(Country.BE, InformationSystem.SIS, Measure.SEARCHES, Q3, 10, 4);
        assertEquals(List.of(List.of(hits, last)), found(List.of(first, hits, last)));
    }

    @Test
    void noSearchesOrNoHitsFindNothing() {
        assertEquals(List.of(), found(List.of(row(Country.BE, InformationSystem.SIS, Measure.HITS, Q3, 5, 2))));
        assertEquals(List.of(), found(List.of(row(Country.BE, InformationSystem.SIS, Measure.SEARCHES, Q3, 5, 2))));
        assertEquals(List.of(), found(List.of()));
    }

    @Test
    void agreesWithAMapOfSearchesOnRandomRowsWithDenseAndSparseKeySpaces() {
        Country[] countries = Country.values();
        InformationSystem[] systems = InformationSystem.values();
        Measure[] measures = Measure.values();
        for (int seed = 0; seed < 40; seed++) {
            Random r = new Random(seed);
            // few periods: a key space denser than the searches rows; hundreds: a sparse one
            int periods = seed % 2 == 0 ? 3 : 400;
            int n = 1 + r.nextInt(seed % 4 == 0 ? 30 : 20_000);
            DatabaseUseRows.Builder b = DatabaseUseRows.builder(n);
            for (int i = 0; i < n; i++) {
                Measure m = r.nextInt(4) == 0 ? measures[r.nextInt(measures.length)]
                        : r.nextBoolean() ? Measure.SEARCHES : Measure.HITS;
                b.add(row(countries[r.nextInt(seed % 3 == 0 ? 2 : countries.length)], systems[r.nextInt(systems.length)], m,
                        Period.month(YearMonth.of(1990, 1).plusMonths(r.nextInt(periods))), r.nextInt(100), i + 2));
            }
            List<DatabaseUse> rows = b.build();
            assertEquals(withMap(rows), found(rows), "seed " + seed);
        }
    }
}
