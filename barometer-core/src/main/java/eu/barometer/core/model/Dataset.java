package eu.barometer.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dataset of an edition: either received, with its rows and source, or not received. A
 * dataset that was not received is never the same as one full of zeros.
 *
 * @param <R> the row type
 * @since 0.1
 */
public sealed interface Dataset<R> {

    /** Which dataset. */
    DatasetKind kind();

    /** The rows; empty if not received. Never null. */
    List<R> rows();

    /** The source, if received. */
    Optional<SourceInfo> source();

    /** True if the bundle held this dataset. */
    default boolean isReceived() {
        return this instanceof Received;
    }

    /** A received dataset. */
    record Received<R>(DatasetKind kind, List<R> rows, SourceInfo info) implements Dataset<R> {
        public Received {
            Objects.requireNonNull(kind, "kind");
            // Compact stores are immutable already; copying one would undo its saving.
            rows = rows instanceof DatabaseUseRows ? rows : List.copyOf(rows);
            Objects.requireNonNull(info, "info");
        }

        @Override
        public Optional<SourceInfo> source() {
            return Optional.of(info);
        }
    }

    /** A dataset that was not received. */
    record NotReceived<R>(DatasetKind kind) implements Dataset<R> {
        public NotReceived {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public List<R> rows() {
            return List.of();
        }

        @Override
        public Optional<SourceInfo> source() {
            return Optional.empty();
        }
    }
}
