package eu.barometer.core.model;

import eu.barometer.core.reference.Language;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an edition is: its id, the period it covers, the day its figures are read at, its
 * languages, and the window of periods its inputs may hold (the covered period plus history for
 * comparisons).
 *
 * @param id            e.g. {@code 2023-Q3}; never null
 * @param period        the period the edition reports on; never null
 * @param referenceDate the day deadlines are judged at; never null
 * @param languages     the languages the edition is published in, at least one; never null
 * @param window        the periods inputs may cover; contains {@code period}; never null
 * @since 0.1
 */
public record EditionInfo(String id, Period period, LocalDate referenceDate, List<Language> languages, Period window) {

    public EditionInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(referenceDate, "referenceDate");
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("an edition needs at least one language");
        }
        Objects.requireNonNull(window, "window");
        if (!window.contains(period)) {
            throw new IllegalArgumentException("window " + window + " does not contain the period " + period);
        }
    }

    /** The default window: from January of the year before the period to the period's end. */
    public static Period defaultWindow(Period period) {
        return new Period(java.time.YearMonth.of(period.start().getYear() - 1, 1), period.end());
    }
}
