package eu.barometer.core.reference;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Schengen membership of each state over time, from public Council decisions.
 *
 * <p>Dates are the days from which internal border checks were lifted (for the land borders,
 * where land and air differ, the earlier day counts as membership and the later one ends
 * {@link SchengenStatus#MEMBER_LAND_CHECKS_REMAIN}); SIS dates are when a state outside the area
 * was connected to the Schengen Information System.
 *
 * @since 0.1
 */
public final class SchengenMembership {

    private record Dates(LocalDate sisFrom, LocalDate memberFrom, LocalDate landChecksLiftedFrom) { }

    private static final Map<Country, Dates> DATES = new EnumMap<>(Country.class);

    static {
        LocalDate founders = LocalDate.of(1995, 3, 26);
        for (Country c : List.of(Country.BE, Country.DE, Country.ES, Country.FR, Country.LU, Country.NL, Country.PT)) {
            member(c, founders);
        }
        member(Country.IT, LocalDate.of(1997, 10, 26));
        member(Country.AT, LocalDate.of(1997, 12, 1));
        member(Country.EL, LocalDate.of(2000, 1, 1));
        for (Country c : List.of(Country.DK, Country.FI, Country.SE, Country.IS, Country.NO)) {
            member(c, LocalDate.of(2001, 3, 25));
        }
        for (Country c : List.of(Country.CZ, Country.EE, Country.LV, Country.LT, Country.HU, Country.MT,
                Country.PL, Country.SI, Country.SK)) {
            member(c, LocalDate.of(2007, 12, 21));
        }
        member(Country.CH, LocalDate.of(2008, 12, 12));
        member(Country.LI, LocalDate.of(2011, 12, 19));
        DATES.put(Country.HR, new Dates(LocalDate.of(2017, 6, 27), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1)));
        DATES.put(Country.BG, new Dates(LocalDate.of(2018, 8, 1), LocalDate.of(2024, 3, 31), LocalDate.of(2025, 1, 1)));
        DATES.put(Country.RO, new Dates(LocalDate.of(2018, 8, 1), LocalDate.of(2024, 3, 31), LocalDate.of(2025, 1, 1)));
        DATES.put(Country.IE, new Dates(LocalDate.of(2021, 3, 15), null, null));
        DATES.put(Country.CY, new Dates(LocalDate.of(2023, 7, 25), null, null));
    }

    private SchengenMembership() { }

    private static void member(Country c, LocalDate from) {
        DATES.put(c, new Dates(from, from, from));
    }

    /** The status of a state on a day. Never null. */
    public static SchengenStatus statusOn(Country country, LocalDate day) {
        Dates d = DATES.get(country);
        if (d.memberFrom() != null && !day.isBefore(d.memberFrom())) {
            return day.isBefore(d.landChecksLiftedFrom()) ? SchengenStatus.MEMBER_LAND_CHECKS_REMAIN : SchengenStatus.MEMBER;
        }
        if (d.sisFrom() != null && !day.isBefore(d.sisFrom())) {
            return SchengenStatus.SIS_ONLY;
        }
        return SchengenStatus.OUTSIDE;
    }

    /** True if the state was a member on at least one day from {@code from} to {@code to}, inclusive. */
    public static boolean memberDuring(Country country, LocalDate from, LocalDate to) {
        return statusOn(country, to).isMember();
    }

    /** True if the state applied SIS on at least one day from {@code from} to {@code to}, inclusive. */
    public static boolean sisDuring(Country country, LocalDate from, LocalDate to) {
        return statusOn(country, to).usesSis();
    }

    /** The states that were members on a day, in protocol order. */
    public static List<Country> membersOn(LocalDate day) {
        return java.util.Arrays.stream(Country.values()).filter(c -> statusOn(c, day).isMember()).toList();
    }

    /** The states that took part in the area or in SIS on at least one day of the interval, in protocol order. */
    public static List<Country> participantsDuring(LocalDate from, LocalDate to) {
        return java.util.Arrays.stream(Country.values()).filter(c -> sisDuring(c, from, to)).toList();
    }
}
