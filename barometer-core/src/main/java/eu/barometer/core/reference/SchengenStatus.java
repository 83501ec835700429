package eu.barometer.core.reference;

/**
 * How a state takes part in the Schengen area on a given day.
 *
 * @since 0.1
 */
public enum SchengenStatus {
    /** A full member: no checks at internal borders. */
    MEMBER,
    /** A member whose internal land-border checks were still in place (air and sea lifted). */
    MEMBER_LAND_CHECKS_REMAIN,
    /** Outside the Schengen area but connected to the Schengen Information System. */
    SIS_ONLY,
    /** Outside the Schengen area and not connected to SIS. */
    OUTSIDE;

    /** True for both member statuses. */
    public boolean isMember() {
        return this == MEMBER || this == MEMBER_LAND_CHECKS_REMAIN;
    }

    /** True where the state applies SIS, as a member or as a SIS-only participant. */
    public boolean usesSis() {
        return this != OUTSIDE;
    }
}
