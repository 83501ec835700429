package eu.barometer.core.input;

import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.registry.DatasetType;
import eu.barometer.core.registry.DatasetTypes;

import java.util.List;

/**
 * The schemas of the dataset files, as the registry ({@link DatasetTypes}) defines them.
 * {@code docs/inputs.md} documents the same columns.
 *
 * @since 0.1
 */
public final class Schemas {

    private Schemas() { }

    /** Every schema in {@link DatasetKind} order. */
    public static List<DatasetSchema<?>> all() {
        return DatasetTypes.all().stream().<DatasetSchema<?>>map(DatasetType::schema).toList();
    }

    /** The schema of a dataset. */
    public static DatasetSchema<?> of(DatasetKind kind) {
        return DatasetTypes.of(kind).schema();
    }
}
