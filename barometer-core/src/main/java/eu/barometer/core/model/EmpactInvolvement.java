package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.EmpactPlan;
import eu.barometer.core.reference.Flag;

/**
 * A Member State's involvement in an EMPACT operational action plan in a period (action III.1).
 *
 * @since 0.1
 */
public record EmpactInvolvement(Country country, EmpactPlan plan, Period period, long actionsLed, long actionsCoLed,
                                long actionsParticipated, Flag flag, int line) implements StateRow {

    /** All actions the state was involved in. */
    public long total() {
        return actionsLed + actionsCoLed + actionsParticipated;
    }
}
