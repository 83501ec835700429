package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Measure;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Database-use rows stored column by column: about 20 bytes a row instead of about 52 for a list
 * of records, so that a million rows fit a small heap. Reads like any list of {@link DatabaseUse}
 * (each {@link #get} builds the record); immutable once built and safe to share between threads.
 *
 * <p>Each column is kept in chunks of 16,384 rows, so the store never needs one large
 * array: growing it never copies what was read, and building it copies nothing (the rows share the
 * builder's chunks; the builder only ever writes past the rows already built).
 *
 * @since 0.1
 */
public final class DatabaseUseRows extends AbstractList<DatabaseUse> implements RandomAccess {

    private static final Country[] COUNTRIES = Country.values();
    private static final InformationSystem[] SYSTEMS = InformationSystem.values();
    private static final Measure[] MEASURES = Measure.values();

    /** Rows per chunk: the largest chunk (a {@code long[]}) is 128 KB. */
    static final int CHUNK = 1 << 14;
    private static final int SHIFT = 14;
    private static final int MASK = CHUNK - 1;

    private final int size;
    private final byte[][] country;
    private final byte[][] system;
    private final byte[][] measure;
    private final byte[][] flag;
    private final int[][] period;
    private final Period[] periods;
    private final long[][] value;
    private final int[][] line;

    private DatabaseUseRows(Builder b) {
        size = b.size;
        int chunks = (size + MASK) >>> SHIFT;
        country = Arrays.copyOf(b.country, chunks);
        system = Arrays.copyOf(b.system, chunks);
        measure = Arrays.copyOf(b.measure, chunks);
        flag = Arrays.copyOf(b.flag, chunks);
        period = Arrays.copyOf(b.period, chunks);
        periods = b.periods.toArray(new Period[0]);
        value = Arrays.copyOf(b.value, chunks);
        line = Arrays.copyOf(b.line, chunks);
    }

    /** A builder for about {@code expected} rows (it grows as needed). */
    public static Builder builder(int expected) {
        return new Builder(Math.max(16, expected));
    }

    @Override
    public DatabaseUse get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("row " + i + " of " + size);
        }
        int c = i >>> SHIFT;
        int j = i & MASK;
        return new DatabaseUse(COUNTRIES[country[c][j]], SYSTEMS[system[c][j]], MEASURES[measure[c][j]],
                periods[period[c][j]], value[c][j], Flags.ofBits(flag[c][j]), line[c][j]);
    }

    @Override
    public int size() {
        return size;
    }

    /** Collects rows; not thread-safe. */
    public static final class Builder {
        private int size;
        private byte[][] country = new byte[0][];
        private byte[][] system = new byte[0][];
        private byte[][] measure = new byte[0][];
        private byte[][] flag = new byte[0][];
        private int[][] period = new int[0][];
        private long[][] value = new long[0][];
        private int[][] line = new int[0][];
        /** Rows the current (last) chunk can hold; the first chunk is sized to the rows expected. */
        private int chunkCapacity;
        private final int firstChunk;
        private final List<Period> periods = new ArrayList<>();
        private final Map<Period, Integer> periodIndex = new HashMap<>();

        private Builder(int expected) {
            firstChunk = Math.min(expected, CHUNK);
        }

        /** Adds a row. */
        public Builder add(DatabaseUse r) {
            int c = size >>> SHIFT;
            int j = size & MASK;
            if (j == 0 && c == value.length || j == chunkCapacity) {
                grow(c, j);
            }
            country[c][j] = (byte) r.country().ordinal();
            system[c][j] = (byte) r.system().ordinal();
            measure[c][j] = (byte) r.measure().ordinal();
            flag[c][j] = (byte) r.flags().bits();
            period[c][j] = periodIndex.computeIfAbsent(r.period(), p -> {
                periods.add(p);
                return periods.size() - 1;
            });
            value[c][j] = r.value();
            line[c][j] = r.line();
            size++;
            return this;
        }

        /**
         * Makes room for row {@code j} of chunk {@code c}: a new chunk, or a larger copy of a first
         * chunk that was sized below a whole chunk. A chunk that rows already built may share
         * is only ever copied, never written below their size.
         */
        private void grow(int c, int j) {
            if (j == 0 && c == value.length) {
                int n = c + 1;
                country = Arrays.copyOf(country, n);
                system = Arrays.copyOf(system, n);
                measure = Arrays.copyOf(measure, n);
                flag = Arrays.copyOf(flag, n);
                period = Arrays.copyOf(period, n);
                value = Arrays.copyOf(value, n);
                line = Arrays.copyOf(line, n);
                chunkCapacity = c == 0 ? firstChunk : CHUNK;
                country[c] = new byte[chunkCapacity];
                system[c] = new byte[chunkCapacity];
                measure[c] = new byte[chunkCapacity];
                flag[c] = new byte[chunkCapacity];
                period[c] = new int[chunkCapacity];
                value[c] = new long[chunkCapacity];
                line[c] = new int[chunkCapacity];
            } else {
                chunkCapacity = Math.min(CHUNK, chunkCapacity * 2);
                country[c] = Arrays.copyOf(country[c], chunkCapacity);
                system[c] = Arrays.copyOf(system[c], chunkCapacity);
                measure[c] = Arrays.copyOf(measure[c], chunkCapacity);
                flag[c] = Arrays.copyOf(flag[c], chunkCapacity);
                period[c] = Arrays.copyOf(period[c], chunkCapacity);
                value[c] = Arrays.copyOf(value[c], chunkCapacity);
                line[c] = Arrays.copyOf(line[c], chunkCapacity);
            }
        }

        /** The rows added so far; the builder may go on adding rows, which these rows do not see. */
        public DatabaseUseRows build() {
            return new DatabaseUseRows(this);
        }
    }
}
