package eu.barometer.core.analysis;

import eu.barometer.core.model.Period;
import eu.barometer.core.reference.Flags;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A figure compared with the same figure in a base period: the absolute and relative change.
 *
 * @param current    the figure in the period of interest
 * @param base       the figure in the base period, if the inputs hold it
 * @param basePeriod the period compared with
 * @param flags      the flags of the figures compared (the current figure's and the base's)
 * @since 0.1
 */
public record Change(long current, OptionalLong base, Period basePeriod, Flags flags) {

    public Change {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(basePeriod, "basePeriod");
        Objects.requireNonNull(flags, "flags");
    }

    /** A change between unflagged figures. */
    public Change(long current, OptionalLong base, Period basePeriod) {
        this(current, base, basePeriod, Flags.NONE);
    }

    /**
     * True if the base is known but below {@code threshold}: a percentage over it says little
     * ("+50 %" from 2 to 3), so the absolute change is shown instead. A base of 0 is always small.
     */
    public boolean smallBase(long threshold) {
        return base.isPresent() && (base.getAsLong() == 0 || Math.abs(base.getAsLong()) < threshold);
    }

    /** {@code current - base}, if the base is known. */
    public OptionalLong difference() {
        return base.isPresent() ? OptionalLong.of(current - base.getAsLong()) : OptionalLong.empty();
    }

    /**
     * The relative change as a fraction ({@code 0.18} for +18 %), if the base is known and not 0.
     */
    public OptionalDouble ratio() {
        if (base.isEmpty() || base.getAsLong() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) (current - base.getAsLong()) / base.getAsLong());
    }

    /** The direction of the change, if known. */
    public Optional<Direction> direction() {
        if (base.isEmpty()) {
            return Optional.empty();
        }
        long d = current - base.getAsLong();
        return Optional.of(d > 0 ? Direction.UP : d < 0 ? Direction.DOWN : Direction.SAME);
    }

    /** Up, down or unchanged. */
    public enum Direction { UP, DOWN, SAME }
}
