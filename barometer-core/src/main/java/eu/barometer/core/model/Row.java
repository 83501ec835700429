package eu.barometer.core.model;

/**
 * What every dataset row has: the line of its source it came from (0 when given through the
 * builder API) and the flags of its figures.
 *
 * @since 0.1
 */
public sealed interface Row permits StateRow, BorderCrossing, ImpactLevelAssignment, Action, ThirdCountryCooperation,
        InternalBorderControl {

    /** The 1-based line in the source file, or the 1-based record number for builder data. */
    int line();

    /** Every flag of the row's figures together (a row without figures: its {@code flag} column). */
    eu.barometer.core.reference.Flags allFlags();

    /** The per-language variants of the row's free-text columns; none by default. */
    default Translations translations() {
        return Translations.NONE;
    }
}
