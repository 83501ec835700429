package eu.barometer.core.analysis;

import eu.barometer.core.model.Period;
import eu.barometer.core.reference.Flags;

import java.util.List;

/**
 * One metric of a per-state dataset (e.g. Eurojust new cases, SIS searches) in the reporting
 * period: the total with its comparisons and year-to-date sum, and every state's figure.
 *
 * @param key           the metric, e.g. {@code new_cases} or {@code SIS.searches}
 * @param period        the reporting period
 * @param total         the sum over all states
 * @param flags         the flags of the figures summed (provisional and estimated when both are included)
 * @param vsPrevious    total compared with the previous period
 * @param vsYearEarlier total compared with the same period a year earlier
 * @param yearToDate    total from January of the period's year to its end (periods of the same kind only)
 * @param yearToDateFlags the flags of the figures summed into {@code yearToDate}
 * @param yearToDateVsYearEarlier year-to-date compared with the same months a year earlier
 * @param states        the states with a figure, in protocol order
 * @param ranking       the same figures, largest first (protocol order between equals)
 * @since 0.1
 */
public record MetricSummary(String key, Period period, long total, Flags flags, Change vsPrevious, Change vsYearEarlier,
                            long yearToDate, Flags yearToDateFlags, Change yearToDateVsYearEarlier, List<StateFigure> states,
                            List<StateFigure> ranking) {

    public MetricSummary {
        states = List.copyOf(states);
        ranking = List.copyOf(ranking);
    }
}
