package eu.barometer.core.input;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.barometer.core.Barometer;
import eu.barometer.core.Validation;
import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.EditionInfo;
import eu.barometer.core.model.Period;
import eu.barometer.core.model.Row;
import eu.barometer.core.problem.Location;
import eu.barometer.core.problem.ProblemCollector;
import eu.barometer.core.reference.Language;
import eu.barometer.core.testing.Samples;
import eu.barometer.core.validation.EditionValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzzes the CSV reader, {@code edition.properties} and the bundle loader: whatever the bytes,
 * problems are reported and no exception escapes. Without {@code JAZZER_FUZZ} each test replays
 * its inputs in {@code src/test/resources/eu/barometer/core/input/InputFuzzTestInputs/<test>/}
 * (inputs that found bugs stay there as regression tests). README "Fuzzing" has the commands.
 */
class InputFuzzTest {

    private static final LoadOptions SMALL = LoadOptions.DEFAULT.withLimits(1 << 20, 10_000, 1_000).withMaxProblems(50);
    private static final EditionInfo INFO = new EditionInfo("fuzz", Period.quarter(2023, 3), LocalDate.of(2023, 10, 11),
            List.of(Language.EN), EditionInfo.defaultWindow(Period.quarter(2023, 3)));
    private static Path root;
    private static Path bundle;

    @BeforeAll
    static void prepare() throws IOException {
        root = Files.createTempDirectory("barometer-fuzz");
        bundle = Samples.copy("2023-Q3", root.resolve("b"));
        for (DatasetKind k : DatasetKind.values()) {
            List<String> lines = Files.readAllLines(bundle.resolve(k.fileName()));
            Files.write(bundle.resolve(k.fileName()), lines.subList(0, Math.min(6, lines.size())));
        }
    }

    @AfterAll
    static void clean() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void csvBytesNeverEscapeAsExceptions(FuzzedDataProvider data) throws IOException {
        DatasetSchema<?> schema = Schemas.all().get(data.consumeInt(0, Schemas.all().size() - 1));
        InputFormat format = switch (data.consumeInt(0, 2)) {
            case 0 -> InputFormat.DEFAULT;
            case 1 -> InputFormat.EXCEL_EU;
            default -> InputFormat.builder().delimiter('\t').decimalComma(true).build();
        };
        byte[] bytes = data.consumeRemainingAsBytes();
        ProblemCollector problems = new ProblemCollector(50);
        Dataset<? extends Row> d = new BundleReader(SMALL).readCsv(schema, () -> new ByteArrayInputStream(bytes), format,
                null, problems, new HashMap<>());
        new EditionValidator(INFO, (kind, row, column) -> new Location(kind.fileName(), row.line(), 0), problems).validate(d);
        problems.sorted();
    }

    @FuzzTest(maxDuration = "30s")
    void editionPropertiesNeverEscapeAsExceptions(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        ProblemCollector problems = new ProblemCollector(50);
        EditionProperties props = EditionProperties.read(PropertiesFile.parse("edition.properties", text, problems),
                InputFormat.DEFAULT, problems);
        if (props == null && !problems.hasErrors()) {
            throw new AssertionError("settings refused without an error");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void wholeBundleNeverEscapesAsExceptions(FuzzedDataProvider data) throws IOException {
        String name = data.consumeBoolean() ? "edition.properties"
                : DatasetKind.values()[data.consumeInt(0, DatasetKind.values().length - 1)].fileName();
        Path file = bundle.resolve(name);
        byte[] original = Files.readAllBytes(file);
        Files.write(file, data.consumeRemainingAsBytes());
        try {
            Validation v = Barometer.validate(bundle, SMALL);
            if (v.isValid() != v.errors().isEmpty()) {
                throw new AssertionError("an edition was built despite errors, or refused without one");
            }
        } finally {
            Files.write(file, original);
        }
    }
}
