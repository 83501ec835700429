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
import eu.barometer.templates.docx.DocxWriter;
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
 * Warm DOCX render of the 2023-Q3 sample per language: the whole edition (template, XHTML
 * parsing, Word document with footnotes, tables and native charts, zip) and the Word writer
 * alone on the same XHTML. Target: at most 80 ms per edition.
 *
 * <pre>./mvnw -Pbench -pl barometer-bench -am package -DskipTests
 * java -Dbarometer.samples=samples -jar barometer-bench/target/benchmarks.jar DocxBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DocxBenchmark {

    @Param({"en", "sl", "bg", "el"})
    public String language;

    private EditionAnalysis analysis;
    private Language lang;
    private EditionRenderer renderer;
    private DocxWriter writer;
    private XhtmlDocument xhtml;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        analysis = EditionAnalysis.of(Barometer.load(Path.of(System.getProperty("barometer.samples", "samples"), "2023-Q3")));
        lang = Language.byCode(language).orElseThrow();
        renderer = Renderers.forFormat(OutputFormat.DOCX, TemplateSet.builtIn());
        writer = DocxWriter.withDefaultReference();
        xhtml = TemplateSet.builtIn().toXhtml(analysis, lang, RenderOptions.DEFAULT);
    }

    /** The whole DOCX edition: template, XHTML and Word document. */
    @Benchmark
    public byte[] renderEdition() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        renderer.render(analysis, lang, RenderOptions.DEFAULT, out);
        return out.toByteArray();
    }

    /** The Word writer alone, from a ready XHTML document. */
    @Benchmark
    public byte[] writeDocxOnly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        writer.write(xhtml, "edition.ftlh (output)", out);
        return out.toByteArray();
    }
}
