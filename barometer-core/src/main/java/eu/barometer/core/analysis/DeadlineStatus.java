package eu.barometer.core.analysis;

import eu.barometer.core.model.Action;
import eu.barometer.core.reference.ActionStatus;

import java.time.LocalDate;

/**
 * Where an action stands against its deadline on the edition's reference date.
 *
 * @since 0.1
 */
public enum DeadlineStatus {
    /** Delivered. */
    DONE,
    /** Dropped by its owners. */
    CANCELLED,
    /** Not delivered, and the deadline is more than {@link #DUE_SOON_DAYS} days away. */
    ON_TRACK,
    /** Not delivered, and the deadline is within {@link #DUE_SOON_DAYS} days (inclusive). */
    DUE_SOON,
    /** Not delivered, and the deadline has passed. */
    OVERDUE;

    /** How close a deadline must be to count as due soon. */
    public static final int DUE_SOON_DAYS = 30;

    /** The status of an action on a day. */
    public static DeadlineStatus of(Action action, LocalDate referenceDate) {
        if (action.status() == ActionStatus.DONE) {
            return DONE;
        }
        if (action.status() == ActionStatus.CANCELLED) {
            return CANCELLED;
        }
        if (action.deadline().isBefore(referenceDate)) {
            return OVERDUE;
        }
        return action.deadline().isAfter(referenceDate.plusDays(DUE_SOON_DAYS)) ? ON_TRACK : DUE_SOON;
    }

    /** The status's stable code, e.g. {@code due-soon} (CSS classes, data sheets, text figures). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The key of the status's label in a template set's message bundles. */
    public String labelKey() {
        return "deadline." + code();
    }
}
