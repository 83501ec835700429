package eu.barometer.core.model;

/**
 * What every dataset row has: the line of its source it came from (0 when given through the
 * builder API) and its footnote flag.
 *
 * @since 0.1
 */
public sealed interface Row permits StateRow, BorderCrossing, ImpactLevelAssignment, Action, ThirdCountryCooperation {

    /** The 1-based line in the source file, or the 1-based record number for builder data. */
    int line();

    /** The footnote flag of the row's figures. */
    eu.barometer.core.reference.Flag flag();

    /** The per-language variants of the row's free-text columns; none by default. */
    default Translations translations() {
        return Translations.NONE;
    }
}
