package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flag;

/**
 * Eurojust support to a Member State in migrant smuggling cases in a period (action III.2).
 *
 * @since 0.1
 */
public record EurojustSupport(Country country, Period period, long newCases, long ongoingCases, long newJits,
                              long ongoingJits, long coordinationMeetings, Flag flag, int line) implements StateRow { }
