package eu.barometer.core.validation;

import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.Row;
import eu.barometer.core.problem.Location;

/**
 * Finds where a field of a row came from: a file, line and column for CSV input, a dataset and
 * record number for rows given through the builder API.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Locator {

    /**
     * The location of a field.
     *
     * @param kind   the dataset
     * @param row    the row
     * @param column the canonical column name, e.g. {@code value}
     */
    Location at(DatasetKind kind, Row row, String column);

    /** Locations of builder data: {@code database-use[17]}, the 1-based record number. */
    static Locator records() {
        return (kind, row, column) -> Location.of(kind.id() + "[" + row.line() + "]");
    }
}
