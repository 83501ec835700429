package eu.barometer.core.model;

import eu.barometer.core.reference.ActionStatus;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.Pillar;

import java.time.LocalDate;
import java.util.List;

/**
 * An action of the tracker, e.g. "III.2 — Eurojust: regular figures on support given".
 *
 * @param id          e.g. {@code III.2}
 * @param owners      who reports, e.g. [Eurojust] or [Europol, Frontex, eu-LISA]
 * @param deadline    the day the deliverable is due
 * @since 0.1
 */
public record Action(String id, Pillar pillar, List<String> owners, String deliverable, LocalDate deadline,
                     ActionStatus status, String comment, Flag flag, int line) implements Row {

    public Action {
        owners = List.copyOf(owners);
    }

    /** The row's {@code flag} column (the row has no figures). */
    @Override
    public eu.barometer.core.reference.Flags allFlags() {
        return eu.barometer.core.reference.Flags.of(flag);
    }
}
