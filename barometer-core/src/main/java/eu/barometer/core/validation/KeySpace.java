package eu.barometer.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Numbers the keys of rows densely, so that a key made of several components (a country, a
 * system, a period, ...) becomes one {@code long} in {@code [0, size())}: each component is
 * interned to a small number in order of first appearance, and the numbers are combined in mixed
 * radix. Two rows get the same number exactly when their components are equal ({@code equals}).
 *
 * <p>Use in two passes: {@link #add} every row first, then ask {@link #key} of rows that were added.
 * Memory is one map entry per distinct component value, not per row.
 *
 * @param <R> the row type
 */
final class KeySpace<R> {

    /** {@link #size()} when the numbers would not fit in 62 bits. */
    static final long TOO_LARGE = Long.MAX_VALUE;

    private final Function<R, Object[]> parts;
    private final List<Map<Object, Integer>> ids = new ArrayList<>();

    /** A key space for keys whose components {@code parts} gives (the same number of them for every row). */
    KeySpace(Function<R, Object[]> parts) {
        this.parts = parts;
    }

    /** Interns the key components of a row. */
    void add(R row) {
        Object[] p = parts.apply(row);
        while (ids.size() < p.length) {
            ids.add(new HashMap<>());
        }
        for (int i = 0; i < p.length; i++) {
            Map<Object, Integer> m = ids.get(i);
            m.putIfAbsent(p[i], m.size());
        }
    }

    /**
     * The number of possible keys: the product of the numbers of distinct values of each
     * component, or {@link #TOO_LARGE} if that reaches 2<sup>62</sup>.
     */
    long size() {
        long size = 1;
        for (Map<Object, Integer> m : ids) {
            if (Math.multiplyHigh(size, m.size()) != 0 || size * m.size() >= (1L << 62)) {
                return TOO_LARGE;
            }
            size *= m.size();
        }
        return size;
    }

    /** The number of a row's key, in {@code [0, size())}; the row must have been {@link #add added}. */
    long key(R row) {
        Object[] p = parts.apply(row);
        long k = 0;
        for (int i = 0; i < p.length; i++) {
            Map<Object, Integer> m = ids.get(i);
            Integer id = m.get(p[i]);
            if (id == null) {
                throw new IllegalArgumentException("key component " + p[i] + " was never added");
            }
            k = k * m.size() + id;
        }
        return k;
    }

    /** The bits needed for a row index below {@code n} (at least 1). */
    static int indexBits(int n) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
    }
}
