package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Measure;

/**
 * A Member State's use of an information system in a period (action I.3), one measure per row.
 *
 * @since 0.1
 */
public record DatabaseUse(Country country, InformationSystem system, Measure measure, Period period, long value,
                          Flag flag, int line) implements StateRow { }
