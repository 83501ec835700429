package eu.barometer.core.analysis;

import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.Route;

import java.util.OptionalDouble;

/**
 * Detections on one route in the reporting period.
 *
 * @param route         the route
 * @param value         detections in the period
 * @param flag          the strongest flag of the months summed
 * @param vsPrevious    compared with the previous period
 * @param vsYearEarlier compared with the same period a year earlier
 * @param yearToDate    compared with the same months of the year before, January to the period's end
 * @param share         the route's part of all detections in the period
 * @since 0.1
 */
public record RouteFigure(Route route, long value, Flag flag, Change vsPrevious, Change vsYearEarlier,
                          Change yearToDate, OptionalDouble share) { }
