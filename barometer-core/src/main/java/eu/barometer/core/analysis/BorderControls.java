package eu.barometer.core.analysis;

import eu.barometer.core.model.EditionInfo;
import eu.barometer.core.model.InternalBorderControl;
import eu.barometer.core.reference.ControlReason;
import eu.barometer.core.reference.Country;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Border control at internal borders for an edition: the notifications in force on its reference
 * date, those that applied during its period, and the reasons given.
 *
 * @param on             the edition's reference date
 * @param shown          the notifications that applied during the edition's period or are in force
 *                       on the reference date, in protocol order, then by first day
 * @param inForce        those of them in force on the reference date
 * @param states         the States with controls in force on the reference date, in protocol order
 * @param inForceByReason how many notifications in force give each reason (every reason, zero included)
 * @since 0.3
 */
public record BorderControls(LocalDate on, List<InternalBorderControl> shown, List<InternalBorderControl> inForce,
                             List<Country> states, Map<ControlReason, Long> inForceByReason) {

    public BorderControls {
        shown = List.copyOf(shown);
        inForce = List.copyOf(inForce);
        states = List.copyOf(states);
        inForceByReason = Map.copyOf(inForceByReason);
    }

    /** The controls of an edition. */
    public static BorderControls of(List<InternalBorderControl> rows, EditionInfo info) {
        LocalDate on = info.referenceDate();
        LocalDate from = info.period().startDate();
        List<InternalBorderControl> shown = rows.stream()
                .filter(c -> c.overlaps(from, info.period().endDate()) || c.inForceOn(on))
                .sorted(Comparator.comparing(InternalBorderControl::country).thenComparing(InternalBorderControl::start))
                .toList();
        List<InternalBorderControl> inForce = shown.stream().filter(c -> c.inForceOn(on)).toList();
        EnumSet<Country> states = EnumSet.noneOf(Country.class);
        inForce.forEach(c -> states.add(c.country()));
        Map<ControlReason, Long> byReason = new EnumMap<>(ControlReason.class);
        for (ControlReason r : ControlReason.values()) {
            byReason.put(r, inForce.stream().filter(c -> c.reasons().contains(r)).count());
        }
        return new BorderControls(on, shown, inForce, List.copyOf(states), byReason);
    }

    /** The reasons given by at least one notification in force, most frequent first (ties in list order). */
    public List<ControlReason> reasonsRanked() {
        return java.util.Arrays.stream(ControlReason.values()).filter(r -> inForceByReason.get(r) > 0)
                .sorted(Comparator.comparing((ControlReason r) -> inForceByReason.get(r)).reversed()).toList();
    }
}
