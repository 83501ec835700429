package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.EmpactPlan;
import eu.barometer.core.reference.Flags;

/**
 * A Member State's involvement in an EMPACT operational action plan in a period (action III.1).
 *
 * @param flags the flags of each figure ({@link #LED} …)
 * @since 0.1
 */
public record EmpactInvolvement(Country country, EmpactPlan plan, Period period, long actionsLed, long actionsCoLed,
                                long actionsParticipated, FigureFlags flags, int line) implements StateRow {

    /** Figure indexes of {@link #flags()}, in column order. */
    public static final int LED = 0, CO_LED = 1, PARTICIPATED = 2;

    @Override
    public Flags allFlags() {
        return flags.all();
    }

    /** The flags of {@link #total()}: those of its three figures. */
    public Flags totalFlags() {
        return flags.of(LED).and(flags.of(CO_LED)).and(flags.of(PARTICIPATED));
    }

    /** All actions the state was involved in. */
    public long total() {
        return actionsLed + actionsCoLed + actionsParticipated;
    }
}
