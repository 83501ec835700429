package eu.barometer.core.validation;

import eu.barometer.core.model.DatabaseUse;
import eu.barometer.core.model.DatabaseUseRows;
import eu.barometer.core.model.Period;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Measure;
import eu.barometer.core.validation.DuplicateKeys.Duplicate;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateKeysTest {

    private static final Function<DatabaseUse, Object[]> DB_KEY =
            d -> new Object[] {d.country(), d.system(), d.measure(), d.period()};

    /** Rows on the grid countries × systems × measures × months, newest month first, all keys distinct. */
    private static DatabaseUseRows.Builder grid(int rows) {
        DatabaseUseRows.Builder b = DatabaseUseRows.builder(rows);
        int n = 0;
        for (YearMonth m = YearMonth.of(2023, 9); n < rows; m = m.minusMonths(1)) {
            for (Country c : Country.values()) {
                for (InformationSystem s : InformationSystem.values()) {
                    for (Measure me : Measure.values()) {
                        if (n < rows) {
                            b.add(new DatabaseUse(c, s, me, Period.month(m), n, Flags.NONE, n + 2));
                            n++;
                        }
                    }
                }
            }
        }
        return b;
    }

    /** What the check did before it was made compact: a map from key to first row. */
    private static <R> List<Duplicate> withMap(List<R> rows, Function<R, Object[]> key) {
        Map<List<Object>, Integer> first = new HashMap<>();
        List<Duplicate> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Integer f = first.putIfAbsent(Arrays.asList(key.apply(rows.get(i))), i);
            if (f != null) {
                out.add(new Duplicate(i, f));
            }
        }
        return out;
    }

    @Test
    void aMillionRowsWithDistinctKeysHaveNoDuplicates() {
        assertEquals(List.of(), DuplicateKeys.find(grid(1_000_000).build(), DB_KEY));
    }

    @Test
    void duplicatesFoundAcrossAMillionRowsPointAtTheirRowAndTheFirstRowWithTheKey() {
        DatabaseUseRows.Builder b = grid(1_000_000);
        List<DatabaseUse> base = b.build();
        // Row 1,000,000 repeats row 3; 1,000,001 repeats row 999,999; 1,000,002 repeats row 3 again.
        b.add(base.get(3));
        b.add(base.get(999_999));
        b.add(base.get(3));
        List<Duplicate> found = DuplicateKeys.find(b.build(), DB_KEY);
        assertEquals(List.of(new Duplicate(1_000_000, 3), new Duplicate(1_000_001, 999_999), new Duplicate(1_000_002, 3)),
                found);
    }

    @Test
    void everyRowAfterTheFirstCanBeADuplicateOfIt() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            rows.add("same");
        }
        List<Duplicate> found = DuplicateKeys.find(rows, r -> new Object[] {r});
        assertEquals(99_999, found.size());
        for (int i = 0; i < found.size(); i++) {
            assertEquals(new Duplicate(i + 1, 0), found.get(i));
        }
    }

    @Test
    void agreesWithAMapOfKeysOnRandomRowsWithDenseAndSparseKeySpaces() {
        for (int seed = 0; seed < 40; seed++) {
            Random r = new Random(seed);
            // few distinct values: a dense key space; many: a sparse one, checked by sorting
            int values = seed % 2 == 0 ? 3 : 5_000;
            int n = 1 + r.nextInt(seed % 4 == 0 ? 20 : 20_000);
            List<int[]> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(new int[] {r.nextInt(values), r.nextInt(7), r.nextInt(values)});
            }
            Function<int[], Object[]> key = x -> new Object[] {x[0], "s" + x[1], (long) x[2]};
            assertEquals(withMap(rows, key), DuplicateKeys.find(rows, key), "seed " + seed);
        }
    }

    @Test
    void keysThatCannotBeNumberedInALongAreStillCompared() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(i % 1_500);
        }
        // eight components with 1,500 distinct values each: far more keys than a long can number
        Function<Integer, Object[]> key = x -> new Object[] {x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7};
        List<Duplicate> found = DuplicateKeys.find(rows, key);
        assertEquals(500, found.size());
        assertEquals(new Duplicate(1_500, 0), found.get(0));
        assertTrue(found.stream().allMatch(d -> d.firstIndex() == d.index() - 1_500));
    }

    @Test
    void noRowsOrOneRowHaveNoDuplicates() {
        assertEquals(List.of(), DuplicateKeys.find(List.<String>of(), r -> new Object[] {r}));
        assertEquals(List.of(), DuplicateKeys.find(List.of("a"), r -> new Object[] {r}));
    }
}
