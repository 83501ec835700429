package eu.barometer.bench;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.Renderers;
import eu.barometer.templates.TemplateSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Warm render time of the sample edition 2023-Q3 with the built-in template set, per language:
 * the PDF (target 100 ms) and the HTML edition (target 20 ms), each from the analysed edition to
 * the finished bytes (template, XHTML parse, layout or serialisation, charts).
 *
 * <p>Run: {@code java -jar barometer-bench/target/benchmarks.jar RenderBenchmark -f 1 -wi 3 -i 5}.
 * The samples folder is {@code samples} under the working directory, or {@code -Dbarometer.samples=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RenderBenchmark {

    @Param({"en", "sl", "bg", "el"})
    public String language;

    private EditionAnalysis analysis;
    private Language lang;
    private EditionRenderer pdf;
    private EditionRenderer html;
    private ByteArrayOutputStream out;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path samples = Path.of(System.getProperty("barometer.samples", "samples"));
        analysis = EditionAnalysis.of(Barometer.load(samples.resolve("2023-Q3")));
        lang = Language.byCode(language).orElseThrow();
        pdf = Renderers.forFormat(OutputFormat.PDF, TemplateSet.builtIn());
        html = Renderers.forFormat(OutputFormat.HTML, TemplateSet.builtIn());
        out = new ByteArrayOutputStream(1 << 20);
    }

    @Benchmark
    public int pdf() throws Exception {
        out.reset();
        pdf.render(analysis, lang, RenderOptions.DEFAULT, out);
        return out.size();
    }

    @Benchmark
    public int html() throws Exception {
        out.reset();
        html.render(analysis, lang, RenderOptions.DEFAULT, out);
        return out.size();
    }
}
