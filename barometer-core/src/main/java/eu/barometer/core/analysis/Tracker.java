package eu.barometer.core.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The action tracker on the edition's reference date.
 *
 * @param actions the actions with their deadline status, in input order
 * @param counts  how many actions have each deadline status (every status, zero included)
 * @since 0.3
 */
public record Tracker(List<TrackedAction> actions, Map<DeadlineStatus, Long> counts) {

    /** No actions. */
    public static final Tracker EMPTY = of(List.of());

    public Tracker {
        actions = List.copyOf(actions);
        counts = Map.copyOf(counts);
    }

    /** The tracker of these actions, counted by status. */
    public static Tracker of(List<TrackedAction> actions) {
        Map<DeadlineStatus, Long> counts = new EnumMap<>(DeadlineStatus.class);
        for (DeadlineStatus s : DeadlineStatus.values()) {
            counts.put(s, actions.stream().filter(a -> a.status() == s).count());
        }
        return new Tracker(actions, counts);
    }
}
