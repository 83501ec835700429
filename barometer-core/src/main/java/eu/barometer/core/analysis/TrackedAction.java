package eu.barometer.core.analysis;

import eu.barometer.core.model.Action;

/**
 * An action with its deadline status on the reference date.
 *
 * @param action   the action
 * @param status   where it stands
 * @param daysLeft days from the reference date to the deadline (negative when overdue)
 * @since 0.1
 */
public record TrackedAction(Action action, DeadlineStatus status, long daysLeft) { }
