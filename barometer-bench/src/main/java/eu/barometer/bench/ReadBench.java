package eu.barometer.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import eu.barometer.core.Barometer;
import eu.barometer.core.Validation;
import eu.barometer.core.input.LoadOptions;
import eu.barometer.core.problem.InputProblem;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Measure;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bench command: reads and validates a generated bundle whose {@code database-use.csv} has
 * {@code rows} data rows (default 1,000,000), several times, and prints for each run the wall
 * time of load + validate, rows per second and the peak heap. Run it with the heap to check:
 *
 * <pre>java -Xmx64m -cp barometer-bench/target/benchmarks.jar eu.barometer.bench.ReadBench 1000000 5</pre>
 *
 * <p>Two peaks are printed for each run, both measured from a {@code System.gc()} just before it:
 * <ul>
 * <li><b>pool peak</b>: the sum over the heap pools of their peak usage after
 * {@link MemoryPoolMXBean#resetPeakUsage()}. Each pool peaks at its own moment (eden just before a
 * young collection), so this is an upper bound on what the heap held at once;</li>
 * <li><b>after-GC peak</b>: the most the heap held right after any collection during the run (the
 * bench's own {@code System.gc()} excepted): what survived, close to the largest live set, though
 * a structure that lives only between two collections is missed.</li>
 * </ul>
 * A run that throws {@link OutOfMemoryError} is reported as failed and the command exits with 1.
 *
 * <p>A third argument {@code duplicates} (default 0) adds that many rows, spread over the file, each
 * repeating the key of the row before: the bundle is then invalid, and the runs measure reporting
 * duplicate keys.
 */
public final class ReadBench {

    private ReadBench() { }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int duplicates = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path bundle = Files.createTempDirectory("barometer-readbench");
        long maxHeap = Runtime.getRuntime().maxMemory() >> 20;
        int status = 0;
        try {
            long bytes = generate(bundle, rows, duplicates);
            System.out.printf("bundle %s: database-use.csv with %,d rows (%,d of them repeating an earlier key),"
                    + " %,d bytes; max heap %d MB%n", bundle, rows + duplicates, duplicates, bytes, maxHeap);
            List<MemoryPoolMXBean> heapPools = new ArrayList<>();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heapPools.add(pool);
                }
            }
            AtomicLong afterGcPeak = new AtomicLong();
            listenToCollections(heapPools.stream().map(MemoryPoolMXBean::getName).toList(), afterGcPeak);
            double bestRate = 0;
            double bestMs = Double.MAX_VALUE;
            long worstPoolPeak = 0;
            long worstAfterGc = 0;
            Validation kept = null;
            for (int i = 1; i <= runs; i++) {
                kept = null;
                System.gc();
                heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
                afterGcPeak.set(0);
                long t0 = System.nanoTime();
                Validation v;
                try {
                    v = Barometer.validate(bundle, LoadOptions.DEFAULT);
                } catch (OutOfMemoryError e) {
                    System.out.printf("run %d: FAILED with OutOfMemoryError (%s) after %.0f ms with -Xmx%dm%n", i,
                            e.getMessage(), (System.nanoTime() - t0) / 1e6, maxHeap);
                    status = 1;
                    break;
                }
                long t1 = System.nanoTime();
                long poolPeak = 0;
                StringBuilder pools = new StringBuilder();
                for (MemoryPoolMXBean pool : heapPools) {
                    long peak = pool.getPeakUsage().getUsed();
                    poolPeak += peak;
                    pools.append(pools.length() == 0 ? "" : ", ").append(pool.getName()).append(' ').append(peak >> 20);
                }
                boolean expected = duplicates == 0
                        ? v.isValid() && v.edition().orElseThrow().databaseUse().rows().size() == rows
                        : !v.isValid() && v.problems().stream().anyMatch(p -> p.code() == ProblemCode.DUPLICATE_KEY
                                || p.code() == ProblemCode.TOO_MANY_PROBLEMS && p.isError());
                if (!expected) {
                    throw new IllegalStateException("bench bundle gave an unexpected result: "
                            + v.problems().stream().limit(5).toList());
                }
                if (i == 1) {
                    Map<ProblemCode, Integer> codes = new TreeMap<>();
                    for (InputProblem p : v.problems()) {
                        codes.merge(p.code(), 1, Integer::sum);
                    }
                    System.out.println("problems kept (by code): " + codes);
                }
                double ms = (t1 - t0) / 1e6;
                double rate = (rows + duplicates) / (ms / 1e3);
                bestRate = Math.max(bestRate, rate);
                bestMs = Math.min(bestMs, ms);
                worstPoolPeak = Math.max(worstPoolPeak, poolPeak);
                worstAfterGc = Math.max(worstAfterGc, afterGcPeak.get());
                System.out.printf("run %d: %.0f ms, %,.0f rows/s, %d problems; heap pool peak %d MB (%s MB);"
                        + " after-GC peak %d MB%n", i, ms, rate, v.problems().size(), poolPeak >> 20, pools,
                        afterGcPeak.get() >> 20);
                kept = v;
            }
            if (status == 0) {
                System.gc();
                long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.printf("OK with -Xmx%dm: %,d rows, best %.0f ms (%,.0f rows/s); heap pool peak %d MB,"
                                + " after-GC peak %d MB (worst run); heap in use holding the %s %d MB%n",
                        maxHeap, rows + duplicates, bestMs, bestRate, worstPoolPeak >> 20, worstAfterGc >> 20,
                        kept.edition().map(e -> String.format("loaded edition (%,d rows)",
                                e.databaseUse().rows().size())).orElse("problems"), retained >> 20);
            }
        } finally {
            try (var files = Files.walk(bundle)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(status);
    }

    /** Keeps in {@code peak} the most heap in use right after any collection. */
    private static void listenToCollections(List<String> heapPools, AtomicLong peak) {
        NotificationListener listener = (Notification n, Object handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            if ("System.gc()".equals(info.getGcCause())) {
                return; // the bench's own collection before a run; its notice may come after the reset
            }
            long used = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    used += e.getValue().getUsed();
                }
            }
            peak.accumulateAndGet(used, Math::max);
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    /**
     * Writes edition.properties and database-use.csv with {@code rows} distinct keys, then
     * {@code duplicates} more rows, spread over the file, each repeating the key of the row before;
     * returns the CSV size.
     */
    static long generate(Path bundle, int rows, int duplicates) throws IOException {
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
            int repeated = 0;
            long every = duplicates == 0 ? Long.MAX_VALUE : Math.max(1, rows / duplicates);
            outer:
            for (YearMonth m = end; ; m = m.minusMonths(1)) {
                for (Country c : Country.values()) {
                    for (InformationSystem s : InformationSystem.values()) {
                        for (Measure me : Measure.values()) {
                            long value = me == Measure.HITS ? n % 1000 : 1_000_000L + n;
                            w.write(c.code() + "," + s.code() + "," + me.code() + "," + m + "," + value + ","
                                    + (n % 97 == 0 ? "p" : "") + "\n");
                            if (repeated < duplicates && (n + 1) % every == 0) {
                                w.write(c.code() + "," + s.code() + "," + me.code() + "," + m + ",0,\n");
                                repeated++;
                            }
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
