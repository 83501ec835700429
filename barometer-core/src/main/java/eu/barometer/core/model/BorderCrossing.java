package eu.barometer.core.model;

import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.Route;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Frontex detections of irregular border crossings on a route in a month (the general picture the
 * note opens with, not an action of its own), either the route total ({@code nationality} empty)
 * or the part of one nationality.
 *
 * @param nationality ISO 3166 alpha-2 code of the nationality, or empty for the route total
 * @param flags       the flags of the detections: their cell's and the row's {@code flag} column's
 * @since 0.1
 */
public record BorderCrossing(Route route, YearMonth month, Optional<String> nationality, long detections, Flags flags,
                             int line) implements Row {

    @Override
    public Flags allFlags() {
        return flags;
    }


    /** True for a route total. */
    public boolean isTotal() {
        return nationality.isEmpty();
    }
}
