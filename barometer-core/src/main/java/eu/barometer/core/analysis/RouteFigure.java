package eu.barometer.core.analysis;

import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.Route;

import java.util.OptionalDouble;

/**
 * Detections on one route in the reporting period.
 *
 * @param route         the route
 * @param value         detections in the period
 * @param flags         the flags of the months summed
 * @param vsPrevious    compared with the previous period
 * @param vsYearEarlier compared with the same period a year earlier
 * @param yearToDate    compared with the same months of the year before, January to the period's end
 * @param share         the route's part of all detections in the period
 * @param shareFlags    the flags of the share: the route's and the total's
 * @since 0.1
 */
public record RouteFigure(Route route, long value, Flags flags, Change vsPrevious, Change vsYearEarlier,
                          Change yearToDate, OptionalDouble share, Flags shareFlags) { }
