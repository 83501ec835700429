package eu.barometer.core.input;

import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.Row;

import java.util.List;
import java.util.function.Function;

/**
 * The columns of one dataset file and how a record becomes a typed row.
 *
 * @param <R> the row type
 * @since 0.1
 */
public final class DatasetSchema<R extends Row> {

    private final DatasetKind kind;
    private final List<Column> columns;
    private final Function<RowReader, R> reader;

    DatasetSchema(DatasetKind kind, List<Column> columns, Function<RowReader, R> reader) {
        this.kind = kind;
        this.columns = List.copyOf(columns);
        this.reader = reader;
    }

    /** The dataset. */
    public DatasetKind kind() {
        return kind;
    }

    /** The documented columns, in the order {@code docs/inputs.md} lists them. */
    public List<Column> columns() {
        return columns;
    }

    /** Turns the current record into a row, or null if a field could not be used. */
    R read(RowReader r) {
        return reader.apply(r);
    }

    /** The column with a canonical name or alias (normalised), or null. */
    Column column(String normalisedName) {
        for (Column c : columns) {
            if (c.name().equals(normalisedName) || c.aliases().contains(normalisedName)) {
                return c;
            }
        }
        return null;
    }
}
