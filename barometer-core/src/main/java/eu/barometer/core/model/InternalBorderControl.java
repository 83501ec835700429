package eu.barometer.core.model;

import eu.barometer.core.reference.ControlReason;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.Flags;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One notification of the temporary reintroduction of border control at internal borders
 * (Schengen Borders Code, Articles 25 to 28), as the Commission lists them: the Schengen State,
 * the days, the reasons given and the internal borders concerned. A prolongation is a
 * notification of its own.
 *
 * @param start   the first day of the controls
 * @param end     the last day, or empty for controls notified until further notice
 * @param reasons the reasons given, at least one
 * @param borders the neighbouring States whose borders are concerned; empty for all internal borders
 * @param flag    the row's {@code flag} column
 * @since 0.3
 */
public record InternalBorderControl(Country country, LocalDate start, Optional<LocalDate> end, List<ControlReason> reasons,
                                    List<Country> borders, Flag flag, int line) implements Row {

    public InternalBorderControl {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        reasons = List.copyOf(reasons);
        borders = List.copyOf(borders);
    }

    /** True if the controls apply on this day. */
    public boolean inForceOn(LocalDate day) {
        return !start.isAfter(day) && end.map(e -> !e.isBefore(day)).orElse(true);
    }

    /** True if the controls apply on some day from {@code from} to {@code to}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && end.map(e -> !e.isBefore(from)).orElse(true);
    }

    /** True for controls at all the State's internal borders. */
    public boolean allBorders() {
        return borders.isEmpty();
    }

    @Override
    public Flags allFlags() {
        return Flags.of(flag);
    }
}
