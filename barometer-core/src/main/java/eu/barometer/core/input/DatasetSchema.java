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
    private final List<Column> translatable;

    public DatasetSchema(DatasetKind kind, List<Column> columns, Function<RowReader, R> reader) {
        this(kind, columns, List.of(), reader);
    }

    public DatasetSchema(DatasetKind kind, List<Column> columns, List<Column> translatable, Function<RowReader, R> reader) {
        this.kind = kind;
        this.columns = List.copyOf(columns);
        this.translatable = List.copyOf(translatable);
        this.reader = reader;
    }

    /**
     * The free-text columns that take per-language variants as columns of their own, named
     * {@code <column>_<language>}: {@code deliverable_sl}, {@code comment_de}.
     */
    public List<Column> translatable() {
        return translatable;
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

    /**
     * The canonical name of a per-language column ({@code deliverable_sl} for {@code deliverable_sl},
     * {@code deliverable-SL} or {@code Deliverable SL}), or null if the header is not one.
     */
    String translationColumn(String normalisedName) {
        int cut = normalisedName.lastIndexOf('_');
        if (cut < 1 || cut != normalisedName.length() - 3) {
            return null;
        }
        Column base = column(normalisedName.substring(0, cut));
        var language = eu.barometer.core.reference.Language.byCode(normalisedName.substring(cut + 1));
        return base != null && translatable.contains(base) && language.isPresent()
                ? base.name() + "_" + language.get().code() : null;
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
