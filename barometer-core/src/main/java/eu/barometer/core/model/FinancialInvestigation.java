package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flag;

import java.math.BigDecimal;

/**
 * Financial investigations in migrant smuggling cases of a Member State in a period (action III.3).
 *
 * @param assetsFrozenEur      assets frozen, in euro
 * @param assetsConfiscatedEur assets confiscated, in euro
 * @since 0.1
 */
public record FinancialInvestigation(Country country, Period period, long investigationsOpened,
                                     BigDecimal assetsFrozenEur, BigDecimal assetsConfiscatedEur, Flag flag,
                                     int line) implements StateRow { }
