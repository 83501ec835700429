package eu.barometer.core.analysis;

import eu.barometer.core.model.Period;

import java.util.Optional;

/**
 * Where a value stands in its series: "the highest since 2016" names the latest earlier period
 * with a value at least as high; without one, the value is the highest of the whole series.
 *
 * @param period      the period of the value
 * @param value       the value
 * @param lastAsHigh  the latest earlier period whose value was at least as high, if any
 * @param seriesStart the first period of the series
 * @since 0.1
 */
public record HighestSince(Period period, long value, Optional<Period> lastAsHigh, Period seriesStart) {

    /** True if no earlier period of the series reached the value. */
    public boolean isHighestOfSeries() {
        return lastAsHigh.isEmpty();
    }

    /**
     * The year for "the highest since YEAR": the year of the last period at least as high, or
     * the first year of the series when the value is the highest of all.
     */
    public int sinceYear() {
        return lastAsHigh.map(p -> p.start().getYear()).orElse(seriesStart.start().getYear());
    }
}
