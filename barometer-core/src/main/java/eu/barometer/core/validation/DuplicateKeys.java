package eu.barometer.core.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds rows with equal keys without holding a map entry per row: each key component is interned
 * to a small number, the numbers are packed with the row index into one {@code long}, and the
 * array is sorted. A million rows need about 24 MB, not the hundreds a hash map of keys would.
 */
final class DuplicateKeys {

    /** A row whose key equals that of an earlier row. */
    record Duplicate(int index, int firstIndex) { }

    private static final int INDEX_BITS = 24;

    private DuplicateKeys() { }

    /**
     * The duplicates among rows, each pointing at the first row with the same key, in row order.
     *
     * @param key the key components of a row (compared with {@code equals})
     */
    static <R> List<Duplicate> find(List<R> rows, Function<R, Object[]> key) {
        int n = rows.size();
        if (n < 2) {
            return List.of();
        }
        if (n >= (1 << INDEX_BITS)) {
            return findWithMap(rows, key);
        }
        List<Map<Object, Integer>> interned = new ArrayList<>();
        int[][] ids = null;
        for (int i = 0; i < n; i++) {
            Object[] parts = key.apply(rows.get(i));
            if (ids == null) {
                ids = new int[parts.length][n];
                for (int p = 0; p < parts.length; p++) {
                    interned.add(new HashMap<>());
                }
            }
            for (int p = 0; p < parts.length; p++) {
                Map<Object, Integer> m = interned.get(p);
                Integer id = m.get(parts[p]);
                if (id == null) {
                    id = m.size();
                    m.put(parts[p], id);
                }
                ids[p][i] = id;
            }
        }
        long capacity = 1;
        for (Map<Object, Integer> m : interned) {
            capacity = Math.multiplyHigh(capacity, m.size()) != 0 ? Long.MAX_VALUE : capacity * m.size();
            if (capacity >= (1L << (63 - INDEX_BITS))) {
                return findWithMap(rows, key);
            }
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long k = 0;
            for (int p = 0; p < ids.length; p++) {
                k = k * interned.get(p).size() + ids[p][i];
            }
            packed[i] = (k << INDEX_BITS) | i;
        }
        Arrays.sort(packed);
        List<Duplicate> out = new ArrayList<>();
        long mask = (1L << INDEX_BITS) - 1;
        int i = 0;
        while (i < n) {
            long k = packed[i] >>> INDEX_BITS;
            int first = (int) (packed[i] & mask);
            int j = i + 1;
            while (j < n && (packed[j] >>> INDEX_BITS) == k) {
                out.add(new Duplicate((int) (packed[j] & mask), first));
                j++;
            }
            i = j;
        }
        out.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return out;
    }

    private static <R> List<Duplicate> findWithMap(List<R> rows, Function<R, Object[]> key) {
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
}
