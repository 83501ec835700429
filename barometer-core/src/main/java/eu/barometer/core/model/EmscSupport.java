package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flags;

/**
 * Support from EMSC and the EU Internet Referral Unit to a Member State in a period (action I.4).
 *
 * @param operationalSupportCases operational support cases
 * @param contentReferrals        referrals of online content
 * @param reports                 analytical and operational reports delivered
 * @param flags the flags of each figure ({@link #SUPPORT_CASES} …)
 * @since 0.1
 */
public record EmscSupport(Country country, Period period, long operationalSupportCases, long contentReferrals,
                          long reports, FigureFlags flags, int line) implements StateRow {

    /** Figure indexes of {@link #flags()}, in column order. */
    public static final int SUPPORT_CASES = 0, CONTENT_REFERRALS = 1, REPORTS = 2;

    @Override
    public Flags allFlags() {
        return flags.all();
    }
}
