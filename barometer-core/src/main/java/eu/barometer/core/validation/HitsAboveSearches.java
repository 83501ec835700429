package eu.barometer.core.validation;

import eu.barometer.core.model.DatabaseUse;
import eu.barometer.core.reference.Measure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Pairs each database-use row of hits with the row of searches for the same country, system and
 * period, without a map entry per row. The (country, system, period) keys are numbered densely by a
 * {@link KeySpace}; the searches row of each key is then found through an {@code int} per possible
 * key when the key space is dense (about 1 MB for a million rows), else through the searches rows'
 * keys packed with their row index in a sorted {@code long[]} (8 bytes a searches row).
 *
 * <p>As a map from key to row would, the last searches row of a key is the one that counts.
 */
public final class HitsAboveSearches {

    private HitsAboveSearches() { }

    /**
     * Calls {@code found} with (hits row, searches row) for each hits row, in row order, whose
     * value is above that of the searches row with the same country, system and period.
     */
    public static void find(List<DatabaseUse> rows, BiConsumer<DatabaseUse, DatabaseUse> found) {
        KeySpace<DatabaseUse> keys = new KeySpace<>(d -> new Object[] {d.country(), d.system(), d.period()});
        int searches = 0;
        int hits = 0;
        for (DatabaseUse d : rows) {
            if (d.measure() == Measure.SEARCHES) {
                keys.add(d);
                searches++;
            } else if (d.measure() == Measure.HITS) {
                keys.add(d);
                hits++;
            }
        }
        if (searches == 0 || hits == 0) {
            return;
        }
        SearchesIndex index = index(rows, keys, searches);
        int n = rows.size();
        for (int i = 0; i < n; i++) {
            DatabaseUse d = rows.get(i);
            if (d.measure() == Measure.HITS) {
                int s = index.lastSearches(keys.key(d));
                if (s >= 0) {
                    DatabaseUse searchesRow = rows.get(s);
                    if (d.value() > searchesRow.value()) {
                        found.accept(d, searchesRow);
                    }
                }
            }
        }
    }

    /** The row index of the last searches row with a key, or -1. */
    private interface SearchesIndex {
        int lastSearches(long key);
    }

    private static SearchesIndex index(List<DatabaseUse> rows, KeySpace<DatabaseUse> keys, int searches) {
        int n = rows.size();
        long space = keys.size();
        int indexBits = KeySpace.indexBits(n);
        if (space <= 2L * searches + 1024) {
            int[] last = new int[(int) space];
            Arrays.fill(last, -1);
            for (int i = 0; i < n; i++) {
                DatabaseUse d = rows.get(i);
                if (d.measure() == Measure.SEARCHES) {
                    last[(int) keys.key(d)] = i;
                }
            }
            return k -> last[(int) k];
        }
        if (space <= (1L << (63 - indexBits))) {
            long[] packed = new long[searches];
            int j = 0;
            for (int i = 0; i < n; i++) {
                DatabaseUse d = rows.get(i);
                if (d.measure() == Measure.SEARCHES) {
                    packed[j++] = (keys.key(d) << indexBits) | i;
                }
            }
            Arrays.sort(packed);
            long mask = (1L << indexBits) - 1;
            return k -> {
                // the last entry with key k sorts just before (k, all index bits set)
                int at = Arrays.binarySearch(packed, (k << indexBits) | mask);
                int before = (at >= 0 ? at + 1 : -at - 1) - 1;
                return before >= 0 && (packed[before] >>> indexBits) == k ? (int) (packed[before] & mask) : -1;
            };
        }
        Map<Long, Integer> last = new HashMap<>();
        for (int i = 0; i < n; i++) {
            DatabaseUse d = rows.get(i);
            if (d.measure() == Measure.SEARCHES) {
                last.put(keys.key(d), i);
            }
        }
        return k -> last.getOrDefault(k, -1);
    }
}
