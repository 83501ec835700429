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
 * @param translations the deliverable and comment in other languages ({@code deliverable_sl}, {@code comment_de})
 * @since 0.1
 */
public record Action(String id, Pillar pillar, List<String> owners, String deliverable, LocalDate deadline,
                     ActionStatus status, String comment, Flag flag, int line, Translations translations) implements Row {

    public Action {
        owners = List.copyOf(owners);
        java.util.Objects.requireNonNull(translations, "translations");
    }

    /** An action whose texts are given in one language only. */
    public Action(String id, Pillar pillar, List<String> owners, String deliverable, LocalDate deadline,
                  ActionStatus status, String comment, Flag flag, int line) {
        this(id, pillar, owners, deliverable, deadline, status, comment, flag, line, Translations.NONE);
    }
}
