package eu.barometer.core.analysis;

import eu.barometer.core.model.ImpactLevelAssignment;
import eu.barometer.core.reference.ImpactLevel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The impact levels of the external border sections.
 *
 * @param assignments the assignments in protocol order, then by section
 * @param counts      how many sections have each level (every level, zero included)
 * @since 0.3
 */
public record ImpactPicture(List<ImpactLevelAssignment> assignments, Map<ImpactLevel, Long> counts) {

    /** No sections. */
    public static final ImpactPicture EMPTY = of(List.of());

    public ImpactPicture {
        assignments = List.copyOf(assignments);
        counts = Map.copyOf(counts);
    }

    /** The picture of these assignments (already in the order to show), counted by level. */
    public static ImpactPicture of(List<ImpactLevelAssignment> assignments) {
        Map<ImpactLevel, Long> counts = new EnumMap<>(ImpactLevel.class);
        for (ImpactLevel l : ImpactLevel.values()) {
            counts.put(l, assignments.stream().filter(a -> a.level() == l).count());
        }
        return new ImpactPicture(assignments, counts);
    }
}
