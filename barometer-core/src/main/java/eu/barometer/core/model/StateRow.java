package eu.barometer.core.model;

import eu.barometer.core.reference.Country;

/**
 * A row of a per-state dataset reported for a period.
 *
 * @since 0.1
 */
public sealed interface StateRow extends Row permits DatabaseUse, EmscInformationSharing, EmscSupport,
        EmpactInvolvement, EurojustSupport, FinancialInvestigation, AsylumApplications {

    /** The state the figures are about. */
    Country country();

    /** The period the figures cover. */
    Period period();
}
