package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flags;

/**
 * A Member State's information sharing with Europol's EMSC in a period (action I.1).
 *
 * @param contributions               contributions and messages to EMSC
 * @param investigationsOpened        migrant smuggling investigations opened
 * @param investigationsSharedAtStart of those, shared with EMSC at their start
 * @param flags the flags of each figure ({@link #CONTRIBUTIONS} …)
 * @since 0.1
 */
public record EmscInformationSharing(Country country, Period period, long contributions,
                                     long investigationsOpened, long investigationsSharedAtStart, FigureFlags flags,
                                     int line) implements StateRow {

    /** Figure indexes of {@link #flags()}, in column order. */
    public static final int CONTRIBUTIONS = 0, INVESTIGATIONS_OPENED = 1, SHARED_AT_START = 2;

    @Override
    public Flags allFlags() {
        return flags.all();
    }

    /** The share of investigations shared at their start, 0 to 1, or NaN without investigations. */
    public double sharedAtStartShare() {
        return investigationsOpened == 0 ? Double.NaN : (double) investigationsSharedAtStart / investigationsOpened;
    }
}
