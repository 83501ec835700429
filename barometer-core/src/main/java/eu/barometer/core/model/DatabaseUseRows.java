package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flag;
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
 * @since 0.1
 */
public final class DatabaseUseRows extends AbstractList<DatabaseUse> implements RandomAccess {

    private static final Country[] COUNTRIES = Country.values();
    private static final InformationSystem[] SYSTEMS = InformationSystem.values();
    private static final Measure[] MEASURES = Measure.values();
    private static final Flag[] FLAGS = Flag.values();

    private final int size;
    private final byte[] country;
    private final byte[] system;
    private final byte[] measure;
    private final byte[] flag;
    private final int[] period;
    private final Period[] periods;
    private final long[] value;
    private final int[] line;

    private DatabaseUseRows(Builder b) {
        size = b.size;
        country = Arrays.copyOf(b.country, size);
        system = Arrays.copyOf(b.system, size);
        measure = Arrays.copyOf(b.measure, size);
        flag = Arrays.copyOf(b.flag, size);
        period = Arrays.copyOf(b.period, size);
        periods = b.periods.toArray(new Period[0]);
        value = Arrays.copyOf(b.value, size);
        line = Arrays.copyOf(b.line, size);
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
        return new DatabaseUse(COUNTRIES[country[i]], SYSTEMS[system[i]], MEASURES[measure[i]], periods[period[i]], value[i],
                FLAGS[flag[i]], line[i]);
    }

    @Override
    public int size() {
        return size;
    }

    /** Collects rows; not thread-safe. */
    public static final class Builder {
        private int size;
        private byte[] country;
        private byte[] system;
        private byte[] measure;
        private byte[] flag;
        private int[] period;
        private long[] value;
        private int[] line;
        private final List<Period> periods = new ArrayList<>();
        private final Map<Period, Integer> periodIndex = new HashMap<>();

        private Builder(int capacity) {
            country = new byte[capacity];
            system = new byte[capacity];
            measure = new byte[capacity];
            flag = new byte[capacity];
            period = new int[capacity];
            value = new long[capacity];
            line = new int[capacity];
        }

        /** Adds a row. */
        public Builder add(DatabaseUse r) {
            if (size == value.length) {
                int n = size + (size >> 1) + 16;
                country = Arrays.copyOf(country, n);
                system = Arrays.copyOf(system, n);
                measure = Arrays.copyOf(measure, n);
                flag = Arrays.copyOf(flag, n);
                period = Arrays.copyOf(period, n);
                value = Arrays.copyOf(value, n);
                line = Arrays.copyOf(line, n);
            }
            country[size] = (byte) r.country().ordinal();
            system[size] = (byte) r.system().ordinal();
            measure[size] = (byte) r.measure().ordinal();
            flag[size] = (byte) r.flag().ordinal();
            period[size] = periodIndex.computeIfAbsent(r.period(), p -> {
                periods.add(p);
                return periods.size() - 1;
            });
            value[size] = r.value();
            line[size] = r.line();
            size++;
            return this;
        }

        /** The rows added so far. */
        public DatabaseUseRows build() {
            return new DatabaseUseRows(this);
        }
    }
}
