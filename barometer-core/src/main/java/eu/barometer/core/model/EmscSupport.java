package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flag;

/**
 * Support from EMSC and the EU Internet Referral Unit to a Member State in a period (action I.4).
 *
 * @param operationalSupportCases operational support cases
 * @param contentReferrals        referrals of online content
 * @param reports                 analytical and operational reports delivered
 * @since 0.1
 */
public record EmscSupport(Country country, Period period, long operationalSupportCases, long contentReferrals,
                          long reports, Flag flag, int line) implements StateRow { }
