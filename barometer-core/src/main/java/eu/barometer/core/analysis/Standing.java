package eu.barometer.core.analysis;

import eu.barometer.core.model.Period;

import java.util.Optional;

/**
 * Where a value stands in its series, when the series supports saying so: "the highest since
 * 2016" for a rise to a level last reached in 2016, "the lowest since 2021" for a fall. A value
 * that passes every earlier one is a record of the whole series, claimed only over at least
 * {@link Series#MIN_RECORD_PERIODS} earlier periods. Made by {@link Series#standing}.
 *
 * @param period      the period of the value
 * @param value       the value
 * @param extreme     a high or a low
 * @param since       the latest earlier period at least as high (for a high) or as low (for a low);
 *                    empty when the value is a record of the whole series
 * @param seriesStart the first period of the series
 * @since 0.2
 */
public record Standing(Period period, long value, Extreme extreme, Optional<Period> since, Period seriesStart) {

    /** A high or a low. */
    public enum Extreme { HIGHEST, LOWEST }

    /** True if no earlier period of the series reached the value (as high, or as low). */
    public boolean isRecord() {
        return since.isEmpty();
    }

    /** The year for "the highest since YEAR", or the first year of the series for a record. */
    public int sinceYear() {
        return since.orElse(seriesStart).start().getYear();
    }
}
