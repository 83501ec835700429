package eu.barometer.bench;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.model.CouncilDocument;
import eu.barometer.core.model.DatabaseUse;
import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.Edition;
import eu.barometer.core.model.EditionInfo;
import eu.barometer.core.model.LocalizedText;
import eu.barometer.core.model.Period;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.DocumentType;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Marking;
import eu.barometer.core.reference.Measure;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.Renderers;
import eu.barometer.templates.TemplateSet;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Bench command (not a unit test): renders the XLSX edition of an edition with a million
 * database-use rows and reports the time and the peak heap of each phase.
 *
 * <pre>
 * ./mvnw -o -q -Pbench -pl barometer-bench -am package -DskipTests
 * java -Xmx64m -cp barometer-bench/target/benchmarks.jar eu.barometer.bench.XlsxLargeBench [rows] [csv|builder|model] [out.xlsx]
 * </pre>
 *
 * <p>{@code csv} writes a bundle whose database-use.csv has that many rows (as {@link ReadBench}
 * does) and loads it with {@code Barometer.load}: reading, validation and rendering, end to end.
 * <p>{@code builder} assembles the edition through {@code Barometer.builder(info)}, which
 * validates it (duplicate keys, windows, memberships) like a bundle; {@code model} puts the
 * same rows straight into the model records, to measure the rendering alone. The rows use the
 * measures alerts-created, messages and contributions of 31 states and 8 systems over monthly
 * periods from 1900, so every key is unique.
 */
public final class XlsxLargeBench {

    private XlsxLargeBench() { }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String mode = args.length > 1 ? args[1] : "builder";
        boolean builder = mode.equals("builder");
        Path out = Path.of(args.length > 2 ? args[2] : "target/xlsx-large.xlsx");
        Files.createDirectories(out.toAbsolutePath().getParent());

        Period quarter = Period.quarter(2023, 3);
        EditionInfo info = new EditionInfo("bench-" + count, quarter, LocalDate.of(2023, 10, 11), List.of(Language.EN),
                new Period(YearMonth.of(1900, 1), quarter.end()));
        CouncilDocument doc = new CouncilDocument("13901/23", LocalDate.of(2023, 10, 11), LocalizedText.of("Brussels"),
                Language.EN, Marking.LIMITE, List.of("JAI 1298"), DocumentType.NOTE, LocalizedText.of("Presidency"),
                LocalizedText.of("Permanent Representatives Committee/Council"), LocalizedText.of("Bench edition"));

        System.out.printf("max heap %d MB, %d rows, edition via %s%n", Runtime.getRuntime().maxMemory() >> 20, count,
                mode.equals("csv") ? "a CSV bundle read by Barometer.load (validated)"
                        : builder ? "Barometer.builder (validated)" : "model records (not validated)");
        resetPeaks();
        long t0 = System.nanoTime();
        List<DatabaseUse> rows = mode.equals("csv") ? List.of() : rows(count);
        Edition edition;
        if (mode.equals("csv")) {
            Path bundle = Files.createTempDirectory("barometer-xlsxlarge");
            try {
                long bytes = ReadBench.generate(bundle, count, 0);
                System.out.printf("wrote database-use.csv, %d MB%n", bytes >> 20);
                resetPeaks();
                t0 = System.nanoTime();
                edition = Barometer.load(bundle);
            } finally {
                try (var files = Files.list(bundle)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(bundle);
            }
        } else if (builder) {
            edition = Barometer.builder(info).document(doc).databaseUse(rows, "eu-LISA", LocalDate.of(2023, 10, 2)).build();
        } else {
            edition = modelOnly(info, doc, rows);
        }
        rows = null;
        EditionAnalysis analysis = EditionAnalysis.of(edition);
        long t1 = System.nanoTime();
        System.out.printf((mode.equals("csv") ? "load + validate" : "generate + build") + " + analyse: %d ms, peak heap %d MB%n", (t1 - t0) / 1_000_000, peakHeap() >> 20);

        System.gc();
        long modelHeap = usedHeap();
        resetPeaks();
        long t2 = System.nanoTime();
        long cpu2 = cpuNanos();
        RenderOptions options = new RenderOptions(false, Duration.ofSeconds(60), 1L << 31);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            Renderers.forFormat(OutputFormat.XLSX, TemplateSet.builtIn()).render(analysis, Language.EN, options, os);
        }
        long t3 = System.nanoTime();
        long cpu3 = cpuNanos();
        System.out.printf("render XLSX: %d ms wall, %d ms CPU, peak heap %d MB (model alone after GC: %d MB), file %d MB: %s%n",
                (t3 - t2) / 1_000_000, (cpu3 - cpu2) / 1_000_000, peakHeap() >> 20, modelHeap >> 20, Files.size(out) >> 20, out);
    }

    /** Rows with unique keys: state × system × one of three measures × month, newest months first. */
    static List<DatabaseUse> rows(int count) {
        Measure[] measures = {Measure.ALERTS_CREATED, Measure.MESSAGES, Measure.CONTRIBUTIONS};
        Country[] countries = Country.values();
        InformationSystem[] systems = InformationSystem.values();
        int perMonth = countries.length * systems.length * measures.length;
        // The compact store the bundle reader uses for database use (about 20 bytes a row).
        eu.barometer.core.model.DatabaseUseRows.Builder out = eu.barometer.core.model.DatabaseUseRows.builder(count);
        YearMonth month = YearMonth.of(2023, 9);
        Period period = Period.month(month);
        for (int i = 0; i < count; i++) {
            int k = i % perMonth;
            if (k == 0 && i > 0) {
                month = month.minusMonths(1);
                period = Period.month(month);
            }
            Country c = countries[k % countries.length];
            InformationSystem s = systems[(k / countries.length) % systems.length];
            Measure m = measures[k / (countries.length * systems.length)];
            out.add(new DatabaseUse(c, s, m, period, (i * 7919L) % 1_000_003, i % 97 == 0 ? Flags.PROVISIONAL : Flags.NONE,
                    i + 2));
        }
        return out.build();
    }

    @SuppressWarnings("unchecked")
    private static Edition modelOnly(EditionInfo info, CouncilDocument doc, List<DatabaseUse> rows) {
        List<Dataset<?>> ds = new ArrayList<>();
        for (DatasetKind k : DatasetKind.values()) {
            ds.add(k == DatasetKind.DATABASE_USE
                    ? new Dataset.Received<>(k, rows, new eu.barometer.core.model.SourceInfo("database-use[api]", "",
                    rows.size(), "eu-LISA", java.util.Optional.of(LocalDate.of(2023, 10, 2)), false))
                    : new Dataset.NotReceived<>(k));
        }
        return new Edition(info, doc, (Dataset<DatabaseUse>) ds.get(0), (Dataset) ds.get(1), (Dataset) ds.get(2),
                (Dataset) ds.get(3), (Dataset) ds.get(4), (Dataset) ds.get(5), (Dataset) ds.get(6), (Dataset) ds.get(7),
                (Dataset) ds.get(8), (Dataset) ds.get(9));
    }

    /** CPU time of the whole process (all threads, GC included): wall time is unreliable on a shared machine. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
