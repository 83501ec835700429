package eu.barometer.bench;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.Renderers;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;
import eu.barometer.templates.xlsx.XlsxWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Warm XLSX edition of samples/2023-Q3 per language (target: at most 30 ms): the whole render
 * (template + workbook), and the workbook alone from ready XHTML.
 *
 * <pre>
 * java -jar barometer-bench/target/benchmarks.jar XlsxBenchmark -f 1 -wi 3 -i 5
 * </pre>
 *
 * Run from the repository root, or set {@code -Dbarometer.samples=path/to/samples}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class XlsxBenchmark {

    @Param({"en", "sl", "bg", "el"})
    public String language;

    private EditionAnalysis analysis;
    private Language lang;
    private EditionRenderer renderer;
    private XhtmlDocument xhtml;
    private final XlsxWriter writer = new XlsxWriter();

    @Setup
    public void setUp() throws Exception {
        Path samples = Path.of(System.getProperty("barometer.samples", "samples"));
        analysis = EditionAnalysis.of(Barometer.load(samples.resolve("2023-Q3")));
        lang = Language.byCode(language).orElseThrow();
        TemplateSet set = TemplateSet.builtIn();
        renderer = Renderers.forFormat(OutputFormat.XLSX, set);
        xhtml = set.toXhtml(analysis, lang, RenderOptions.DEFAULT);
    }

    @Benchmark
    public byte[] render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        renderer.render(analysis, lang, RenderOptions.DEFAULT, out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] workbookFromXhtml() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        writer.write(analysis, xhtml, RenderOptions.DEFAULT, out);
        return out.toByteArray();
    }
}
