package eu.barometer.core.model;

import eu.barometer.core.reference.BorderType;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.ImpactLevel;

import java.time.LocalDate;

/**
 * The impact level attributed to an external border section of a Member State (action III.5).
 *
 * @param section the section's name as Frontex gives it, e.g. "Evros land"
 * @param setOn   the day the level was set
 * @param translations the section's name in other languages ({@code section_sl})
 * @since 0.1
 */
public record ImpactLevelAssignment(Country country, String section, BorderType borderType, ImpactLevel level,
                                    LocalDate setOn, Flag flag, int line, Translations translations) implements Row {

    public ImpactLevelAssignment {
        java.util.Objects.requireNonNull(translations, "translations");
    }

    /** An assignment whose section is named in one language only. */
    public ImpactLevelAssignment(Country country, String section, BorderType borderType, ImpactLevel level,
                                 LocalDate setOn, Flag flag, int line) {
        this(country, section, borderType, level, setOn, flag, line, Translations.NONE);
    }
}
