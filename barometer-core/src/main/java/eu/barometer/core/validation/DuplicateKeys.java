package eu.barometer.core.validation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.LongPredicate;

/**
 * Finds rows with equal keys without holding a map entry per row. Each key is numbered densely by
 * a {@link KeySpace} (an entry per distinct component value, not per row). Then:
 * <ul>
 * <li>if the key space is small (at most {@value #BITS_PER_ROW} bits a row, as it is for a regular
 * grid such as database use: countries × systems × measures × periods), one bit per possible key
 * tells whether any key repeats, which is the common case: about 125 KB for a million rows. If
 * some do, a second bit per key marks the keys that repeat, and only the rows with those keys are
 * sorted as below;</li>
 * <li>otherwise (a sparse key space), the key numbers of all rows are packed with the row index
 * into one {@code long} each, 8 bytes a row, and sorted: within a run of equal keys the first is
 * the earliest row. The duplicates found are written back into the same array, so that even a
 * file where every key repeats needs no more.</li>
 * </ul>
 */
final class DuplicateKeys {

    /** A row whose key equals that of an earlier row. */
    record Duplicate(int index, int firstIndex) { }

    /** The largest key space, in bits per row, that is checked with a bit set before sorting. */
    static final int BITS_PER_ROW = 16;

    private DuplicateKeys() { }

    /**
     * The duplicates among rows, each pointing at the first row with the same key, in row order.
     *
     * @param key the key components of a row (compared with {@code equals}; the same number of them for every row)
     */
    static <R> List<Duplicate> find(List<R> rows, Function<R, Object[]> key) {
        int n = rows.size();
        if (n < 2) {
            return List.of();
        }
        KeySpace<R> keys = new KeySpace<>(key);
        for (R r : rows) {
            keys.add(r);
        }
        long space = keys.size();
        int indexBits = KeySpace.indexBits(n);
        if (space > (1L << (63 - indexBits))) {
            return findWithMap(rows, key);
        }
        if (space <= (long) BITS_PER_ROW * n + 1024) {
            long[] repeated = repeatedKeys(rows, keys, space);
            return repeated == null ? List.of()
                    : findBySorting(rows, keys, indexBits, k -> (repeated[(int) (k >>> 6)] & (1L << k)) != 0);
        }
        return findBySorting(rows, keys, indexBits, null);
    }

    /** One bit per possible key, set for the keys of two rows or more; null if no key repeats. */
    private static <R> long[] repeatedKeys(List<R> rows, KeySpace<R> keys, long space) {
        int words = (int) ((space + 63) >>> 6);
        long[] seen = new long[words];
        long[] repeated = null;
        for (R r : rows) {
            long k = keys.key(r);
            int word = (int) (k >>> 6);
            long bit = 1L << k;
            if ((seen[word] & bit) != 0) {
                if (repeated == null) {
                    repeated = new long[words];
                }
                repeated[word] |= bit;
            }
            seen[word] |= bit;
        }
        return repeated;
    }

    /**
     * Sorts the (key, row index) pairs of the rows whose key may repeat (all rows if
     * {@code mayRepeat} is null), packed in one {@code long} each; within a run of equal keys the
     * first is the earliest row. Each duplicate is then written back over the part of the array
     * already scanned, as (row index, first row index), and those are sorted into row order.
     */
    private static <R> List<Duplicate> findBySorting(List<R> rows, KeySpace<R> keys, int indexBits,
                                                     LongPredicate mayRepeat) {
        int n = rows.size();
        int m = mayRepeat == null ? n : 0;
        if (mayRepeat != null) {
            for (R r : rows) {
                if (mayRepeat.test(keys.key(r))) {
                    m++;
                }
            }
        }
        long[] packed = new long[m];
        int at = 0;
        for (int i = 0; i < n && at < m; i++) {
            long k = keys.key(rows.get(i));
            if (mayRepeat == null || mayRepeat.test(k)) {
                packed[at++] = (k << indexBits) | i;
            }
        }
        Arrays.sort(packed);
        long mask = (1L << indexBits) - 1;
        int found = 0;
        int i = 0;
        while (i < m) {
            long k = packed[i] >>> indexBits;
            long first = packed[i] & mask;
            int j = i + 1;
            while (j < m && (packed[j] >>> indexBits) == k) {
                // found <= j - 1: only entries already read are overwritten
                packed[found++] = ((packed[j] & mask) << 32) | first;
                j++;
            }
            i = j;
        }
        if (found == 0) {
            return List.of();
        }
        long[] pairs = Arrays.copyOf(packed, found);
        packed = null;
        Arrays.sort(pairs);
        return new Pairs(pairs);
    }

    /** Duplicates read from (row index, first row index) pairs packed in longs. */
    private static final class Pairs extends AbstractList<Duplicate> implements RandomAccess {
        private final long[] pairs;

        Pairs(long[] pairs) {
            this.pairs = pairs;
        }

        @Override
        public Duplicate get(int i) {
            long p = pairs[i];
            return new Duplicate((int) (p >>> 32), (int) p);
        }

        @Override
        public int size() {
            return pairs.length;
        }
    }

    /** For key spaces too large to number in a {@code long} beside the row index. */
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
