package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Measure;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The compact store keeps its columns in chunks: rows read back the same across chunk boundaries. */
class DatabaseUseRowsChunksTest {

    private static DatabaseUse row(int i) {
        return new DatabaseUse(Country.values()[i % 31], InformationSystem.values()[i % 8], Measure.values()[i % 5],
                Period.month(YearMonth.of(2000, 1).plusMonths(i % 300)), i * 7L - 1_000, Flags.ofBits(i % 4), i + 2);
    }

    @Test
    void rowsSpreadOverManyChunksReadBackInOrder() {
        for (int expected : new int[] {1, 1_000, DatabaseUseRows.CHUNK, 100_000}) {
            int n = 3 * DatabaseUseRows.CHUNK + 5;
            DatabaseUseRows.Builder b = DatabaseUseRows.builder(expected);
            List<DatabaseUse> added = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                added.add(row(i));
                b.add(row(i));
            }
            DatabaseUseRows rows = b.build();
            assertEquals(n, rows.size());
            assertEquals(added, rows, "builder for " + expected + " rows");
        }
    }

    @Test
    void builtRowsDoNotChangeWhenTheBuilderGoesOnAdding() {
        DatabaseUseRows.Builder b = DatabaseUseRows.builder(4);
        List<DatabaseUse> added = new ArrayList<>();
        // stop inside the small first chunk, then inside a later chunk
        for (int stop : new int[] {10, 40_000}) {
            while (added.size() < stop) {
                added.add(row(added.size()));
                b.add(added.get(added.size() - 1));
            }
            DatabaseUseRows before = b.build();
            List<DatabaseUse> copy = List.copyOf(added);
            for (int i = 0; i < 20_000; i++) {
                b.add(new DatabaseUse(Country.DE, InformationSystem.VIS, Measure.HITS, Period.quarter(2023, 3), -i,
                        Flags.ESTIMATED, 0));
            }
            assertEquals(copy, before);
            assertEquals(stop + 20_000, b.build().size());
            assertEquals(copy, b.build().subList(0, stop));
            b = DatabaseUseRows.builder(4);
            for (DatabaseUse r : added) {
                b.add(r);
            }
        }
    }
}
