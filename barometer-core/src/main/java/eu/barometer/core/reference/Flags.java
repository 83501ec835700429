package eu.barometer.core.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * The flags a figure carries: none, provisional, estimated, or both when a total includes figures
 * of each kind. Immutable; combine with {@link #and(Flags)}.
 *
 * @param provisional true if the figure is or includes a provisional figure
 * @param estimated   true if the figure is or includes an estimated figure
 * @since 0.2
 */
public record Flags(boolean provisional, boolean estimated) {

    /** An unflagged figure. */
    public static final Flags NONE = new Flags(false, false);
    /** A provisional figure. */
    public static final Flags PROVISIONAL = new Flags(true, false);
    /** An estimated figure. */
    public static final Flags ESTIMATED = new Flags(false, true);
    /** A figure that includes both provisional and estimated figures. */
    public static final Flags BOTH = new Flags(true, true);

    /** The flags of a figure with one flag. */
    public static Flags of(Flag flag) {
        return switch (flag) {
            case NONE -> NONE;
            case PROVISIONAL -> PROVISIONAL;
            case ESTIMATED -> ESTIMATED;
        };
    }

    /** The flags from {@link #bits()}. */
    public static Flags ofBits(int bits) {
        return switch (bits & 3) {
            case 0 -> NONE;
            case 1 -> PROVISIONAL;
            case 2 -> ESTIMATED;
            default -> BOTH;
        };
    }

    /** Two bits: 1 for provisional, 2 for estimated (for compact storage). */
    public int bits() {
        return (provisional ? 1 : 0) | (estimated ? 2 : 0);
    }

    /** The flags of a figure that includes figures with these flags and with {@code other}'s. */
    public Flags and(Flags other) {
        return ofBits(bits() | other.bits());
    }

    /** These flags and one more. */
    public Flags and(Flag flag) {
        return and(of(flag));
    }

    /** True if the figure carries no flag. */
    public boolean isEmpty() {
        return !provisional && !estimated;
    }

    /** True if the figure carries the flag ({@link Flag#NONE} only when it carries none). */
    public boolean contains(Flag flag) {
        return switch (flag) {
            case NONE -> isEmpty();
            case PROVISIONAL -> provisional;
            case ESTIMATED -> estimated;
        };
    }

    /** The flags in a fixed order (provisional, then estimated); empty for none. */
    public List<Flag> list() {
        List<Flag> out = new ArrayList<>(2);
        if (provisional) {
            out.add(Flag.PROVISIONAL);
        }
        if (estimated) {
            out.add(Flag.ESTIMATED);
        }
        return List.copyOf(out);
    }

    /** The codes separated by a space ({@code "provisional estimated"}), empty for none. */
    public String codes() {
        return String.join(" ", list().stream().map(Flag::code).toList());
    }
}
