package eu.barometer.core.analysis;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flag;

import java.util.OptionalDouble;

/**
 * One state's figure for a metric in the reporting period, with its comparisons, share and rank.
 *
 * @param country      the state
 * @param value        the figure
 * @param flag         provisional or estimated, if any contributing row is flagged
 * @param vsPrevious   compared with the previous period
 * @param vsYearEarlier compared with the same period a year earlier
 * @param share        the state's part of the total (0 to 1), empty if the total is 0
 * @param rank         1 for the largest figure; equal figures share a rank
 * @since 0.1
 */
public record StateFigure(Country country, long value, Flag flag, Change vsPrevious, Change vsYearEarlier,
                          OptionalDouble share, int rank) { }
