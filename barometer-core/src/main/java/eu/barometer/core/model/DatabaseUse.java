package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Measure;

/**
 * A Member State's use of an information system in a period (action I.3), one measure per row.
 *
 * @param flags the flags of the value: its cell's and the row's {@code flag} column's
 * @since 0.1
 */
public record DatabaseUse(Country country, InformationSystem system, Measure measure, Period period, long value,
                          Flags flags, int line) implements StateRow {

    @Override
    public Flags allFlags() {
        return flags;
    }
}
