package eu.barometer.bench;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionDocument;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.Renderers;
import eu.barometer.templates.TemplateSet;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Bench command, the Barometer+ half of the equal-work comparison with JasperReports (issue 16):
 * the warm time of one edition of the {@code barometer-bench/equal-work} template set (a bar
 * chart, a 31-row table of six integer columns, marking and page X of Y on two pages) as PDF, DOCX
 * and XLSX, written to files as {@code barometer-bench/jasper}'s {@code warm} mode does. Prints
 * the median CPU time of the rendering thread and the median wall time per edition.
 * {@code barometer-bench/compare-jasper.sh} runs both sides, cold and warm, and prints the table.
 *
 * <pre>
 * java -cp barometer-bench/target/benchmarks.jar eu.barometer.bench.EqualWorkBench samples/2023-Q3 barometer-bench/equal-work OUT 40 30
 * </pre>
 */
public final class EqualWorkBench {

    private EqualWorkBench() { }

    public static void main(String[] args) throws Exception {
        Path bundle = Path.of(args.length > 0 ? args[0] : "samples/2023-Q3");
        Path templates = Path.of(args.length > 1 ? args[1] : "barometer-bench/equal-work");
        Path out = Path.of(args.length > 2 ? args[2] : System.getProperty("java.io.tmpdir")).resolve("barometer-equal-work");
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        EditionAnalysis analysis = EditionAnalysis.of(Barometer.load(bundle));
        TemplateSet set = TemplateSet.fromFolder(templates);
        List<EditionRenderer> renderers = List.of(Renderers.forFormat(OutputFormat.PDF, set),
                Renderers.forFormat(OutputFormat.DOCX, set), Renderers.forFormat(OutputFormat.XLSX, set));
        Files.createDirectories(out);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[runs];
        double[] wall = new double[runs];
        for (int i = -warmup; i < runs; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            // One document per edition, as generate does: the template runs once for the three formats.
            EditionDocument document = EditionDocument.of(analysis, Language.EN, RenderOptions.DEFAULT);
            for (EditionRenderer r : renderers) {
                try (OutputStream o = Files.newOutputStream(out.resolve("edition." + r.format().extension()))) {
                    r.render(document, o);
                }
            }
            if (i >= 0) {
                cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
                wall[i] = (System.nanoTime() - w0) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "barometer warm edition (PDF+DOCX+XLSX): median %.1f ms CPU, %.1f ms wall (%d runs after %d warm-ups)%n",
                median(cpu), median(wall), runs, warmup);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
