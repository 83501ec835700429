package eu.barometer.core.input;

import eu.barometer.core.analysis.TextFigures;
import eu.barometer.core.model.DatabaseUse;
import eu.barometer.core.model.DatabaseUseRows;
import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.Edition;
import eu.barometer.core.model.Row;
import eu.barometer.core.model.SourceInfo;
import eu.barometer.core.problem.Location;
import eu.barometer.core.registry.DatasetType;
import eu.barometer.core.registry.DatasetTypes;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.problem.ProblemCollector;
import eu.barometer.core.reference.Suggestions;
import eu.barometer.core.text.Inline;
import eu.barometer.core.text.Narrative;
import eu.barometer.core.text.NarrativeReader;
import eu.barometer.core.text.PartText;
import eu.barometer.core.validation.EditionValidator;
import eu.barometer.core.validation.Locator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an input bundle (a folder with {@code edition.properties}, the dataset CSV files and the
 * narrative text in {@code text/}) into an {@link Edition}, collecting every problem. Use {@link eu.barometer.core.Barometer} rather than
 * this class directly.
 *
 * @since 0.1
 */
public final class BundleReader {

    private final LoadOptions options;

    /** A reader with the given options. */
    public BundleReader(LoadOptions options) {
        this.options = options;
    }

    /**
     * Reads a bundle. Returns the edition if it could be built without errors, else empty; all
     * problems (errors and warnings) go to {@code problems}.
     *
     * @throws IOException if the folder cannot be listed (a missing folder is a reported problem, not an exception)
     */
    public Optional<Edition> read(Path bundle, ProblemCollector problems) throws IOException {
        if (!Files.isDirectory(bundle)) {
            problems.error(Location.of(bundle.toString()), ProblemCode.UNREADABLE_FILE,
                    "not a folder; expected an input bundle folder holding edition.properties and the dataset CSV files");
            return Optional.empty();
        }
        warnAboutStrayFiles(bundle, problems);
        EditionProperties props = readProperties(bundle, problems);
        if (props == null) {
            // Still read the CSV files and the text so that every problem is reported in one pass.
            for (DatasetType<?> t : DatasetTypes.all()) {
                readDataset(bundle, t.schema(), options.format(), null, problems, new HashMap<>());
            }
            new NarrativeReader(options.maxFileBytes()).read(bundle, null, null, null, problems);
            return Optional.empty();
        }
        Map<DatasetKind, Map<String, Integer>> headers = new EnumMap<>(DatasetKind.class);
        Map<DatasetKind, Dataset<?>> datasets = new EnumMap<>(DatasetKind.class);
        for (DatasetType<?> t : DatasetTypes.all()) {
            Map<String, Integer> header = new HashMap<>();
            datasets.put(t.kind(), readDataset(bundle, t.schema(), props.format, props.sources.get(t.kind()), problems, header));
            headers.put(t.kind(), header);
        }
        Locator locator = (kind, row, column) -> {
            Integer idx = headers.get(kind).get(column);
            return new Location(kind.fileName(), row.line(), idx == null ? 0 : idx + 1);
        };
        EditionValidator validator = new EditionValidator(props.info, locator, problems, props.document.originalLanguage());
        datasets.values().forEach(validator::validate);
        Narrative narrative = new NarrativeReader(options.maxFileBytes())
                .read(bundle, props.info.languages(), props.textLanguages, props.document.originalLanguage(), problems);
        warnAboutUnavailableFigures(narrative, datasets, problems);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Edition(props.info, props.document, datasets, List.of(), narrative));
    }

    /** A placeholder whose dataset is not in the bundle renders as a dash: say so where it is written. */
    private static void warnAboutUnavailableFigures(Narrative narrative, Map<DatasetKind, Dataset<?>> datasets,
                                                    ProblemCollector problems) {
        for (PartText t : narrative.all()) {
            for (Inline.Figure f : t.figures()) {
                TextFigures.byName(f.name()).ifPresent(n -> {
                    if (!datasets.get(n.dataset()).isReceived()) {
                        problems.warning(f.where(), ProblemCode.FIGURE_NOT_AVAILABLE, "figure '" + f.name() + "' comes from "
                                + n.dataset().fileName() + ", which is not in the bundle; the editions show '–' here");
                    }
                });
            }
        }
    }

    private static void warnAboutStrayFiles(Path bundle, ProblemCollector problems) throws IOException {
        List<String> expected = new ArrayList<>();
        for (DatasetKind k : DatasetKind.values()) {
            expected.add(k.fileName());
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(bundle, "*.csv")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path p : sorted) {
                String name = p.getFileName().toString();
                if (!expected.contains(name)) {
                    String stem = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
                    List<String> near = Suggestions.nearest(stem, expected);
                    problems.warning(Location.of(name), ProblemCode.UNKNOWN_FILE,
                            "file is not part of a bundle and is ignored"
                                    + (near.isEmpty() ? "; expected dataset files named " + String.join(", ", expected)
                                    : " (did you mean '" + near.get(0) + "'?)"));
                }
            }
        }
    }

    private EditionProperties readProperties(Path bundle, ProblemCollector problems) throws IOException {
        Path file = bundle.resolve(EditionProperties.FILE);
        String name = EditionProperties.FILE;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.error(Location.of(name), ProblemCode.BAD_EDITION_PROPERTY,
                    "missing; expected edition.properties with edition.id, edition.period, edition.reference-date,"
                            + " edition.languages, document.number and document.date");
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            String lossy = new String(bytes, StandardCharsets.UTF_8);
            int bad = lossy.indexOf('\uFFFD');
            for (int i = 0; i < bad; i++) {
                if (lossy.charAt(i) == '\n') {
                    line++;
                }
            }
            problems.error(new Location(name, line, 0), ProblemCode.BAD_ENCODING,
                    "bytes that are not valid UTF-8; expected edition.properties saved as UTF-8");
            return null;
        }
        PropertiesFile pf = PropertiesFile.parse(name, text, problems);
        return EditionProperties.read(pf, options.format(), problems);
    }

    private <R extends Row> Dataset<R> readDataset(Path bundle, DatasetSchema<R> schema, InputFormat format,
                                                   EditionProperties.SourceMeta meta, ProblemCollector problems,
                                                   Map<String, Integer> headerOut) throws IOException {
        DatasetKind kind = schema.kind();
        Path file = bundle.resolve(kind.fileName());
        if (!Files.exists(file)) {
            return new Dataset.NotReceived<>(kind);
        }
        long size = Files.size(file);
        if (size > options.maxFileBytes()) {
            problems.error(Location.of(kind.fileName()), ProblemCode.LIMIT_EXCEEDED, "file of " + size
                    + " bytes; expected at most " + options.maxFileBytes() + " bytes (raise the limit with maxFileBytes)");
            return new Dataset.NotReceived<>(kind);
        }
        return readCsv(schema, () -> Files.newInputStream(file), format, meta, problems, headerOut);
    }

    /**
     * Reads one dataset file from a byte source: the CSV checks of a bundle without the file
     * system (also the entry point of the fuzz tests).
     */
    <R extends Row> Dataset<R> readCsv(DatasetSchema<R> schema, CsvTable.IoSupplier source, InputFormat format,
                                       EditionProperties.SourceMeta meta, ProblemCollector problems,
                                       Map<String, Integer> headerOut) throws IOException {
        DatasetKind kind = schema.kind();
        String name = kind.fileName();
        List<R> rows = new ArrayList<>();
        // Database use can run to millions of rows: keep it column by column (about 20 bytes a row).
        DatabaseUseRows.Builder compact = kind == DatasetKind.DATABASE_USE ? DatabaseUseRows.builder(1024) : null;
        String sha;
        int read = 0;
        try (CsvTable table = CsvTable.open(name, source, format, problems)) {
            Map<String, Integer> columns = mapHeader(table, schema, problems);
            if (columns == null) {
                return new Dataset.NotReceived<>(kind);
            }
            headerOut.putAll(columns);
            RowReader reader = new RowReader(table, columns, format.decimalFor(table.delimiter()), problems,
                    options.maxCellLength());
            int headerSize = table.header().length;
            while (table.next()) {
                read++;
                if (read > options.maxRows()) {
                    problems.error(new Location(name, table.line(), 0), ProblemCode.LIMIT_EXCEEDED,
                            "more than " + options.maxRows() + " rows; expected at most that many (raise the limit with maxRows)");
                    break;
                }
                if (table.size() > headerSize) {
                    for (int i = headerSize; i < table.size(); i++) {
                        if (!table.field(i).isBlank()) {
                            problems.error(new Location(name, table.line(), i + 1), ProblemCode.FIELD_COUNT,
                                    "value '" + table.field(i).strip() + "' beyond the last column; expected at most "
                                            + headerSize + " fields like the header (a delimiter inside a value must be quoted)");
                            break;
                        }
                    }
                }
                reader.reset();
                R row = schema.read(reader);
                if (row != null) {
                    if (compact != null) {
                        compact.add((DatabaseUse) row);
                    } else {
                        rows.add(row);
                    }
                }
            }
            sha = table.sha256();
        }
        String provider = meta != null ? meta.provider() : kind.defaultProvider();
        SourceInfo info = new SourceInfo(name, sha, read, provider,
                meta != null ? meta.asOf() : Optional.empty(), meta != null && meta.provisional());
        @SuppressWarnings("unchecked")
        List<R> all = compact != null ? (List<R>) compact.build() : rows;
        return new Dataset.Received<>(kind, all, info);
    }

    /** Maps canonical column names to field indexes, reporting missing, unknown and repeated columns. */
    private static Map<String, Integer> mapHeader(CsvTable table, DatasetSchema<?> schema, ProblemCollector problems) {
        String name = table.name();
        String[] header = table.header();
        if (header == null) {
            problems.error(Location.of(name), ProblemCode.MISSING_HEADER, "empty file; expected a header row with "
                    + String.join(", ", schema.columns().stream().filter(Column::required).map(Column::name).toList()));
            return null;
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String raw = header[i];
            String norm = CsvTable.normaliseHeader(raw);
            if (norm.isEmpty()) {
                continue;
            }
            Location at = new Location(name, table.headerLine(), i + 1);
            Column c = schema.column(norm);
            String translation = c == null ? schema.translationColumn(norm) : null;
            if (translation != null) {
                Integer previous = columns.putIfAbsent(translation, i);
                if (previous != null) {
                    problems.error(at, ProblemCode.DUPLICATE_COLUMN, "column '" + translation + "' appears again (first in column "
                            + (previous + 1) + "); expected each column once");
                }
                continue;
            }
            if (c == null) {
                List<String> names = schema.columns().stream().map(Column::name).toList();
                List<String> near = Suggestions.nearest(norm, names);
                problems.warning(at, ProblemCode.UNKNOWN_COLUMN, "unknown column '" + raw.strip() + "' is ignored"
                        + (near.isEmpty() ? "; expected columns: " + String.join(", ", names)
                        : " (did you mean '" + near.get(0) + "'?)"));
                continue;
            }
            Integer previous = columns.putIfAbsent(c.name(), i);
            if (previous != null) {
                problems.error(at, ProblemCode.DUPLICATE_COLUMN, "column '" + c.name() + "' appears again (first in column "
                        + (previous + 1) + "); expected each column once");
            }
        }
        boolean missing = false;
        for (Column c : schema.columns()) {
            if (c.required() && !columns.containsKey(c.name())) {
                missing = true;
                problems.error(new Location(name, table.headerLine(), 0), ProblemCode.MISSING_COLUMN,
                        "missing required column '" + c.name() + "'; the header has "
                                + String.join(", ", java.util.Arrays.stream(header).map(String::strip).toList()));
            }
        }
        return missing ? null : columns;
    }
}
