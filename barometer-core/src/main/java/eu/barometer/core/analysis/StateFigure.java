package eu.barometer.core.analysis;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flags;

import java.util.OptionalDouble;

/**
 * One state's figure for a metric in the reporting period, with its comparisons, share and rank.
 *
 * @param country      the state
 * @param value        the figure
 * @param flags        the flags of the figure (of every figure summed into it)
 * @param vsPrevious   compared with the previous period
 * @param vsYearEarlier compared with the same period a year earlier
 * @param share        the state's part of the total (0 to 1), empty if the total is 0
 * @param shareFlags   the flags of the share: the figure's and the total's
 * @param rank         1 for the largest figure; equal figures share a rank
 * @since 0.1
 */
public record StateFigure(Country country, long value, Flags flags, Change vsPrevious, Change vsYearEarlier,
                          OptionalDouble share, Flags shareFlags, int rank) { }
