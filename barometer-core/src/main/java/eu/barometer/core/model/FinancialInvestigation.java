package eu.barometer.core.model;

import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flags;

import java.math.BigDecimal;

/**
 * Financial investigations in migrant smuggling cases of a Member State in a period (action III.3).
 *
 * @param assetsFrozenEur      assets frozen, in euro
 * @param assetsConfiscatedEur assets confiscated, in euro
 * @param flags the flags of each figure ({@link #INVESTIGATIONS_OPENED} …)
 * @since 0.1
 */
public record FinancialInvestigation(Country country, Period period, long investigationsOpened,
                                     BigDecimal assetsFrozenEur, BigDecimal assetsConfiscatedEur, FigureFlags flags,
                                     int line) implements StateRow {

    /** Figure indexes of {@link #flags()}, in column order. */
    public static final int INVESTIGATIONS_OPENED = 0, ASSETS_FROZEN = 1, ASSETS_CONFISCATED = 2;

    @Override
    public Flags allFlags() {
        return flags.all();
    }
}
