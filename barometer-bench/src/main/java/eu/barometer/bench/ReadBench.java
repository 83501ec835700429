package eu.barometer.bench;

import eu.barometer.core.Barometer;
import eu.barometer.core.Validation;
import eu.barometer.core.input.LoadOptions;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Measure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Bench command: reads and validates a generated bundle whose {@code database-use.csv} has
 * {@code rows} data rows (default 1,000,000), several times, and prints rows per second and the
 * peak heap. Run it with a small heap to check memory:
 *
 * <pre>java -Xmx128m -cp barometer-bench/target/benchmarks.jar eu.barometer.bench.ReadBench 1000000 5</pre>
 */
public final class ReadBench {

    private ReadBench() { }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path bundle = Files.createTempDirectory("barometer-readbench");
        long bytes = generate(bundle, rows);
        System.out.printf("bundle %s: database-use.csv with %,d rows, %,d bytes%n", bundle, rows, bytes);
        double best = 0;
        Validation kept = null;
        for (int i = 1; i <= runs; i++) {
            kept = null;
            long t0 = System.nanoTime();
            Validation v = Barometer.validate(bundle, LoadOptions.DEFAULT);
            kept = v;
            long t1 = System.nanoTime();
            if (!v.isValid() || v.edition().orElseThrow().databaseUse().rows().size() != rows) {
                throw new IllegalStateException("bench bundle did not load: " + v.problems().stream().limit(5).toList());
            }
            double rate = rows / ((t1 - t0) / 1e9);
            best = Math.max(best, rate);
            System.out.printf("run %d: %.0f ms, %,.0f rows/s, %d problems%n", i, (t1 - t0) / 1e6, rate, v.problems().size());
        }
        long oldPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().matches(".*(Old|Tenured).*")) {
                oldPeak = Math.max(oldPeak, pool.getPeakUsage().getUsed());
            }
        }
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("best %,.0f rows/s; max heap %d MB; old-generation peak %d MB;"
                + " heap in use holding the loaded edition (%,d rows) %d MB%n", best,
                Runtime.getRuntime().maxMemory() >> 20, oldPeak >> 20,
                kept.edition().orElseThrow().databaseUse().rows().size(), retained >> 20);
        try (var files = Files.walk(bundle)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Writes edition.properties and database-use.csv with distinct keys; returns the CSV size. */
    static long generate(Path bundle, int rows) throws IOException {
        YearMonth end = YearMonth.of(2023, 9);
        int combos = Country.values().length * InformationSystem.values().length * Measure.values().length;
        int months = (rows + combos - 1) / combos;
        YearMonth start = end.minusMonths(months - 1L);
        Files.writeString(bundle.resolve("edition.properties"), String.join("\n",
                "edition.id=bench", "edition.period=2023-Q3", "edition.reference-date=2023-10-11", "edition.languages=en",
                "edition.window=" + start + "..2023-09", "document.number=1/23", "document.date=2023-10-11",
                "document.marking=LIMITE", ""), StandardCharsets.UTF_8);
        Path csv = bundle.resolve("database-use.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("country,system,measure,period,value,flag\n");
            int n = 0;
            outer:
            for (YearMonth m = end; ; m = m.minusMonths(1)) {
                for (Country c : Country.values()) {
                    for (InformationSystem s : InformationSystem.values()) {
                        for (Measure me : Measure.values()) {
                            long value = me == Measure.HITS ? n % 1000 : 1_000_000L + n;
                            w.write(c.code() + "," + s.code() + "," + me.code() + "," + m + "," + value + ","
                                    + (n % 97 == 0 ? "p" : "") + "\n");
                            if (++n == rows) {
                                break outer;
                            }
                        }
                    }
                }
            }
        }
        return Files.size(csv);
    }
}
