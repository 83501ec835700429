package eu.barometer.core.registry;

import eu.barometer.core.analysis.MetricGroup;
import eu.barometer.core.analysis.MetricSummary;
import eu.barometer.core.input.DatasetSchema;
import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.EditionInfo;
import eu.barometer.core.model.FigureFlags;
import eu.barometer.core.model.Period;
import eu.barometer.core.model.Row;
import eu.barometer.core.problem.Location;
import eu.barometer.core.problem.ProblemCode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Everything the product knows about one dataset, in one place: its identity ({@link DatasetKind}),
 * the CSV schema and how a record becomes a typed row, the key that must be unique, the checks of
 * a row and of the whole dataset, the metrics the analysis sums by state, its own derived figures,
 * and the fields of its data sheet. The reader, the builder, the validator, the analysis and the
 * spreadsheet edition iterate {@link DatasetTypes#all()}; none of them names a dataset.
 *
 * <p>Immutable; built with {@link #builder}.
 *
 * @param <R> the row type
 * @since 0.3
 */
public final class DatasetType<R extends Row> {

    /**
     * The key of a dataset: one row per key.
     *
     * @param column   the column a duplicate is reported at
     * @param parts    the key's components of a row (compared with {@code equals})
     * @param describe the key in words for the message, e.g. {@code EL 2023-Q3}
     */
    public record Key<R>(String column, Function<R, Object[]> parts, Function<R, String> describe) { }

    /** Where a check reports: the edition, and problems at a field of a row. */
    public interface Checks {
        /** The edition the rows belong to (its window and reference date). */
        EditionInfo info();

        /** Where a field of a row came from. */
        Location at(Row row, String column);

        /** Reports an error at a field of a row. */
        void error(Row row, String column, ProblemCode code, String message);

        /** Reports a warning at a field of a row. */
        void warning(Row row, String column, ProblemCode code, String message);
    }

    /** A check of one row. */
    @FunctionalInterface
    public interface RowCheck<R> {
        void check(R row, Checks checks);
    }

    /** A check of all rows together (rows in input order). */
    @FunctionalInterface
    public interface DatasetCheck<R> {
        void check(List<R> rows, Checks checks);
    }

    /** The metrics of a per-state dataset for its reporting period, one summary per metric. */
    @FunctionalInterface
    public interface Summariser<R> {
        List<MetricSummary> summarise(List<R> rows, Period reportingPeriod);
    }

    /**
     * A metric as narrative text may quote it ({@code eurojust.new-jits}).
     *
     * @param key         the metric's key in its {@link MetricGroup}, e.g. {@code new_jits}
     * @param name        the figure's name after the dataset id, e.g. {@code new-jits}
     * @param description what it is, in English
     * @param euro        whole euros rather than a count
     */
    public record MetricFigure(String key, String name, String description, boolean euro) { }

    /** What a dataset's own analysis sees. */
    public record AnalysisInput<R>(List<R> rows, EditionInfo info, Optional<MetricGroup> metrics) { }

    private final DatasetKind kind;
    private final Class<R> rowType;
    private final DatasetSchema<R> schema;
    private final Key<R> key;
    private final List<RowCheck<R>> rowChecks;
    private final List<DatasetCheck<R>> datasetChecks;
    private final Function<R, Period> period;
    private final String periodColumn;
    private final BiFunction<R, String, String> text;
    private final Summariser<R> summariser;
    private final List<MetricFigure> metricFigures;
    private final Function<AnalysisInput<R>, Object> analyser;
    private final java.util.function.BiFunction<List<R>, Period, List<R>> rollUp;
    private final Function<R, FigureFlags> figureFlags;
    private final List<SheetField<R>> sheet;

    private DatasetType(Builder<R> b) {
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.rowType = Objects.requireNonNull(b.rowType, "rowType");
        this.schema = Objects.requireNonNull(b.schema, "schema");
        this.key = b.key;
        this.rowChecks = List.copyOf(b.rowChecks);
        this.datasetChecks = List.copyOf(b.datasetChecks);
        this.period = b.period;
        this.periodColumn = b.periodColumn;
        this.text = b.text;
        this.summariser = b.summariser;
        this.metricFigures = List.copyOf(b.metricFigures);
        this.analyser = b.analyser;
        this.rollUp = b.rollUp;
        this.figureFlags = b.figureFlags;
        this.sheet = List.copyOf(b.sheet);
        if (schema.kind() != kind) {
            throw new IllegalArgumentException("schema of " + schema.kind().id() + " given for " + kind.id());
        }
    }

    /** Starts the type of a dataset. */
    public static <R extends Row> Builder<R> builder(DatasetKind kind, Class<R> rowType, DatasetSchema<R> schema) {
        return new Builder<>(kind, rowType, schema);
    }

    /** The dataset's identity: id, file name, actions of the note, pillar, default provider. */
    public DatasetKind kind() {
        return kind;
    }

    /** The class of its rows. */
    public Class<R> rowType() {
        return rowType;
    }

    /** The CSV columns and the reading of a record. */
    public DatasetSchema<R> schema() {
        return schema;
    }

    /** The key that is unique among the rows, if the dataset has one. */
    public Optional<Key<R>> key() {
        return Optional.ofNullable(key);
    }

    /** The checks of each row, in the order they report. */
    public List<RowCheck<R>> rowChecks() {
        return rowChecks;
    }

    /** The checks of the rows together (after the key is checked). */
    public List<DatasetCheck<R>> datasetChecks() {
        return datasetChecks;
    }

    /** The period a row's figures cover, if rows are by period; it decides the reporting period and staleness. */
    public Optional<Function<R, Period>> period() {
        return Optional.ofNullable(period);
    }

    /** The column of the period, for problems about it ({@code period}, {@code month}). */
    public String periodColumn() {
        return periodColumn;
    }

    /** The text of a row's free-text column in the bundle's original language ("" if none). */
    public String text(R row, String column) {
        return text == null ? "" : text.apply(row, column);
    }

    /** How the analysis sums the dataset's metrics by state, if it has any. */
    public Optional<Summariser<R>> summariser() {
        return Optional.ofNullable(summariser);
    }

    /** The metrics narrative text may quote by name. */
    public List<MetricFigure> metricFigures() {
        return metricFigures;
    }

    /** The dataset's own derived figures (e.g. the crossings' routes and series), if it has any. */
    public Optional<Function<AnalysisInput<R>, Object>> analyser() {
        return Optional.ofNullable(analyser);
    }

    /**
     * The rows the analysis works on for an edition of this period: the rows as they are, or for
     * a dataset whose rows are finer than the edition's period (months in a quarterly edition)
     * the rows summed into periods of the edition's length.
     */
    public List<R> rowsToAnalyse(List<R> rows, Period editionPeriod) {
        return rollUp == null ? rows : rollUp.apply(rows, editionPeriod);
    }

    /** The flags of each figure of a row, for rows with several figures; empty for a row with one flag set. */
    public Optional<FigureFlags> figureFlags(R row) {
        return figureFlags == null ? Optional.empty() : Optional.of(figureFlags.apply(row));
    }

    /** The fields of the data sheet, in the order of the columns in {@code docs/inputs.md}. */
    public List<SheetField<R>> sheet() {
        return sheet;
    }

    /** The rows of a dataset of this type, typed. */
    @SuppressWarnings("unchecked")
    public List<R> rows(Dataset<?> dataset) {
        if (dataset.kind() != kind) {
            throw new IllegalArgumentException("a dataset of " + dataset.kind().id() + " is not " + kind.id());
        }
        return (List<R>) dataset.rows();
    }

    @Override
    public String toString() {
        return "DatasetType[" + kind.id() + "]";
    }

    /** Builds a {@link DatasetType}. */
    public static final class Builder<R extends Row> {
        private final DatasetKind kind;
        private final Class<R> rowType;
        private final DatasetSchema<R> schema;
        private Key<R> key;
        private final List<RowCheck<R>> rowChecks = new java.util.ArrayList<>();
        private final List<DatasetCheck<R>> datasetChecks = new java.util.ArrayList<>();
        private Function<R, Period> period;
        private String periodColumn = "period";
        private BiFunction<R, String, String> text;
        private Summariser<R> summariser;
        private final List<MetricFigure> metricFigures = new java.util.ArrayList<>();
        private Function<AnalysisInput<R>, Object> analyser;
        private java.util.function.BiFunction<List<R>, Period, List<R>> rollUp;
        private Function<R, FigureFlags> figureFlags;
        private final List<SheetField<R>> sheet = new java.util.ArrayList<>();

        private Builder(DatasetKind kind, Class<R> rowType, DatasetSchema<R> schema) {
            this.kind = kind;
            this.rowType = rowType;
            this.schema = schema;
        }

        boolean hasKey() {
            return key != null;
        }

        /** One row per key; a repeat is an error at {@code column}. */
        public Builder<R> key(String column, Function<R, Object[]> parts, Function<R, String> describe) {
            this.key = new Key<>(column, parts, describe);
            return this;
        }

        /** Rows are by period: it must lie in the edition window, and a latest period before the edition's is stale. */
        public Builder<R> period(String column, Function<R, Period> period) {
            this.period = period;
            this.periodColumn = column;
            return this;
        }

        /** A check of each row. */
        public Builder<R> check(RowCheck<R> check) {
            rowChecks.add(check);
            return this;
        }

        /** A check of all rows together. */
        public Builder<R> checkAll(DatasetCheck<R> check) {
            datasetChecks.add(check);
            return this;
        }

        /** The original-language text of the free-text columns that take translations. */
        public Builder<R> text(BiFunction<R, String, String> text) {
            this.text = text;
            return this;
        }

        /** How the analysis sums the metrics, and the metrics narrative text may quote. */
        public Builder<R> metrics(Summariser<R> summariser, List<MetricFigure> figures) {
            this.summariser = summariser;
            this.metricFigures.addAll(figures);
            return this;
        }

        /** The dataset's own derived figures. */
        public Builder<R> analyser(Function<AnalysisInput<R>, Object> analyser) {
            this.analyser = analyser;
            return this;
        }

        /** How rows finer than the edition's period are summed before the analysis ({@link #rowsToAnalyse}). */
        public Builder<R> rollUp(java.util.function.BiFunction<List<R>, Period, List<R>> rollUp) {
            this.rollUp = rollUp;
            return this;
        }

        /** The flags of each figure of a row. */
        public Builder<R> figureFlags(Function<R, FigureFlags> figureFlags) {
            this.figureFlags = figureFlags;
            return this;
        }

        /** The fields of the data sheet. */
        public Builder<R> sheet(List<SheetField<R>> fields) {
            sheet.addAll(fields);
            return this;
        }

        public DatasetType<R> build() {
            return new DatasetType<>(this);
        }
    }
}
