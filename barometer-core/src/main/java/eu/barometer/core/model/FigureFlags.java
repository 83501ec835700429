package eu.barometer.core.model;

import eu.barometer.core.reference.Flags;

/**
 * The flags of each figure of a row with several figures (a row of {@code eurojust.csv} has five):
 * a flag in a CSV cell marks that one figure; the {@code flag} column marks all of them. Packed in
 * an int, two bits per figure; immutable.
 *
 * @param bits two bits per figure, figure {@code i} at bits {@code 2i} and {@code 2i+1} ({@link Flags#bits()})
 * @since 0.2
 */
public record FigureFlags(int bits) {

    /** No figure flagged. */
    public static final FigureFlags NONE = new FigureFlags(0);

    /** At most this many figures. */
    public static final int MAX_FIGURES = 16;

    /** The same flags on the first {@code figures} figures. */
    public static FigureFlags all(Flags flags, int figures) {
        FigureFlags f = NONE;
        for (int i = 0; i < figures; i++) {
            f = f.with(i, flags);
        }
        return f;
    }

    /** The flags of figure {@code i} (0-based, in the dataset's column order). */
    public Flags of(int i) {
        check(i);
        return Flags.ofBits(bits >>> (2 * i));
    }

    /** These flags with figure {@code i} also carrying {@code flags}. */
    public FigureFlags with(int i, Flags flags) {
        check(i);
        return new FigureFlags(bits | (flags.bits() << (2 * i)));
    }

    /** Every flag of the row's figures together. */
    public Flags all() {
        int b = 0;
        for (int x = bits; x != 0; x >>>= 2) {
            b |= x & 3;
        }
        return Flags.ofBits(b);
    }

    private static void check(int i) {
        if (i < 0 || i >= MAX_FIGURES) {
            throw new IndexOutOfBoundsException("figure " + i + "; expected 0 to " + (MAX_FIGURES - 1));
        }
    }
}
