package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flags;

/**
 * Eurojust support to a Member State in migrant smuggling cases in a period (action III.2).
 *
 * @param flags the flags of each figure ({@link #NEW_CASES} …)
 * @since 0.1
 */
public record EurojustSupport(Country country, Period period, long newCases, long ongoingCases, long newJits,
                              long ongoingJits, long coordinationMeetings, FigureFlags flags, int line)
        implements StateRow {

    /** Figure indexes of {@link #flags()}, in column order. */
    public static final int NEW_CASES = 0, ONGOING_CASES = 1, NEW_JITS = 2, ONGOING_JITS = 3, COORDINATION_MEETINGS = 4;

    @Override
    public Flags allFlags() {
        return flags.all();
    }
}
