package eu.barometer.bench;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;
import eu.barometer.templates.xlsx.XlsxWriter;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Bench command: the CPU time of the rendering thread per warm XLSX render of samples/2023-Q3,
 * for when the machine is shared and JMH's wall-clock figures say more about the neighbours
 * than about the code. Prints the median and the best of the measured renders, for the
 * template + workbook and for the workbook alone.
 *
 * <pre>
 * java -cp barometer-bench/target/benchmarks.jar eu.barometer.bench.XlsxCpuBench [warmup] [runs]
 * </pre>
 */
public final class XlsxCpuBench {

    private XlsxCpuBench() { }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path samples = Path.of(System.getProperty("barometer.samples", "samples"));
        EditionAnalysis analysis = EditionAnalysis.of(Barometer.load(samples.resolve("2023-Q3")));
        TemplateSet set = TemplateSet.builtIn();
        XlsxWriter writer = new XlsxWriter();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (Language language : new Language[] {Language.EN, Language.SL, Language.BG, Language.EL}) {
            long[] total = new long[runs];
            long[] workbook = new long[runs];
            int size = 0;
            for (int i = -warmup; i < runs; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                XhtmlDocument xhtml = set.toXhtml(analysis, language, RenderOptions.DEFAULT);
                long c1 = mx.getCurrentThreadCpuTime();
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
                writer.write(analysis, xhtml, RenderOptions.DEFAULT, out);
                long c2 = mx.getCurrentThreadCpuTime();
                size = out.size();
                if (i >= 0) {
                    total[i] = c2 - c0;
                    workbook[i] = c2 - c1;
                }
            }
            Arrays.sort(total);
            Arrays.sort(workbook);
            System.out.printf("%s: template + workbook median %.1f ms (best %.1f), workbook alone median %.1f ms (best %.1f), %d KB%n",
                    language.code(), total[runs / 2] / 1e6, total[0] / 1e6, workbook[runs / 2] / 1e6, workbook[0] / 1e6,
                    size >> 10);
        }
    }
}
