package eu.barometer.bench;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.Renderers;
import eu.barometer.templates.TemplateSet;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Bench command: the CPU time of the rendering thread per warm render of samples/2023-Q3 through
 * {@code Renderers.forFormat} (template, layout, packaging: everything a caller pays), for when the
 * machine is shared and JMH's wall-clock figures say more about the neighbours than about the
 * code. Prints the median and the best of the measured renders per format and language.
 *
 * <pre>
 * java -cp barometer-bench/target/benchmarks.jar eu.barometer.bench.CpuBench [formats] [warmup] [runs]
 * java -cp barometer-bench/target/benchmarks.jar eu.barometer.bench.CpuBench xlsx,pdf 30 30
 * </pre>
 */
public final class CpuBench {

    private CpuBench() { }

    public static void main(String[] args) throws Exception {
        List<OutputFormat> formats = new ArrayList<>();
        for (String f : (args.length > 0 ? args[0] : "html,pdf,docx,xlsx").split(",")) {
            formats.add(OutputFormat.valueOf(f.strip().toUpperCase(Locale.ROOT)));
        }
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Path samples = Path.of(System.getProperty("barometer.samples", "samples"));
        EditionAnalysis analysis = EditionAnalysis.of(Barometer.load(samples.resolve("2023-Q3")));
        TemplateSet set = TemplateSet.builtIn();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (OutputFormat format : formats) {
            EditionRenderer renderer = Renderers.forFormat(format, set);
            for (Language language : new Language[] {Language.EN, Language.SL, Language.BG, Language.EL}) {
                long[] cpu = new long[runs];
                int size = 0;
                for (int i = -warmup; i < runs; i++) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
                    long c0 = mx.getCurrentThreadCpuTime();
                    renderer.render(analysis, language, RenderOptions.DEFAULT, out);
                    long c1 = mx.getCurrentThreadCpuTime();
                    size = out.size();
                    if (i >= 0) {
                        cpu[i] = c1 - c0;
                    }
                }
                Arrays.sort(cpu);
                System.out.printf("%s %s: median %.1f ms CPU (best %.1f), %d KB%n", format.extension(), language.code(),
                        cpu[runs / 2] / 1e6, cpu[0] / 1e6, size >> 10);
            }
        }
    }
}
