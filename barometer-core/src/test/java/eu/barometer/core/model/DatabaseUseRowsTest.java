package eu.barometer.core.model;

import eu.barometer.core.Barometer;
import eu.barometer.core.testing.Samples;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Measure;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatabaseUseRowsTest {

    @Test
    void readsBackExactlyTheRowsAdded() {
        List<DatabaseUse> plain = new ArrayList<>();
        DatabaseUseRows.Builder b = DatabaseUseRows.builder(1);
        int line = 2;
        for (Country c : Country.values()) {
            for (Flags f : List.of(Flags.NONE, Flags.PROVISIONAL, Flags.ESTIMATED, Flags.BOTH)) {
                DatabaseUse r = new DatabaseUse(c, InformationSystem.values()[line % 8], Measure.values()[line % 5],
                        Period.month(YearMonth.of(2023, 1 + line % 12)), Long.MAX_VALUE - line, f, line++);
                plain.add(r);
                b.add(r);
            }
        }
        DatabaseUseRows rows = b.build();
        assertEquals(plain, rows);
        assertEquals(plain.hashCode(), rows.hashCode());
        assertThrows(UnsupportedOperationException.class, () -> rows.add(plain.get(0)));
        assertThrows(IndexOutOfBoundsException.class, () -> rows.get(rows.size()));
    }

    @Test
    void bundleReaderKeepsDatabaseUseCompact() throws Exception {
        Edition e = Barometer.load(Samples.bundle("2023-Q3"));
        assertInstanceOf(DatabaseUseRows.class, e.databaseUse().rows());
    }
}
