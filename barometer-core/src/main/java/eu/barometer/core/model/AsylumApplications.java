package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flags;

/**
 * First-time asylum applicants in a Member State in a period, as Eurostat publishes them
 * ({@code migr_asyappctzm} by month, {@code migr_asyappctza} by year), with those of them who are
 * nationals of countries whose citizens need no visa to enter the Schengen area.
 *
 * @param firstTimeApplicants first-time applicants (Eurostat: {@code applicant=FRST}, all citizenships)
 * @param visaFreeApplicants  of whom nationals of visa-free countries (Regulation (EU) 2018/1806, Annex II)
 * @param flags the flags of each figure ({@link #FIRST_TIME}, {@link #VISA_FREE})
 * @since 0.3
 */
public record AsylumApplications(Country country, Period period, long firstTimeApplicants, long visaFreeApplicants,
                                 FigureFlags flags, int line) implements StateRow {

    /** Figure indexes of {@link #flags()}, in column order. */
    public static final int FIRST_TIME = 0, VISA_FREE = 1;

    @Override
    public Flags allFlags() {
        return flags.all();
    }
}
