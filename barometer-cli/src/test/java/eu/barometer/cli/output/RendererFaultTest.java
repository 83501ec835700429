package eu.barometer.cli.output;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.core.testing.Samples;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.Renderers;
import eu.barometer.templates.TemplateSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each real renderer, writing through the atomic writer into a stream that fails at some stage
 * (the first byte, early, half-way, the last bytes), leaves the previous good file untouched and
 * no temporary file behind.
 */
class RendererFaultTest {

    static EditionAnalysis analysis;
    static TemplateSet set;

    @TempDir
    Path out;

    @BeforeAll
    static void load() throws Exception {
        analysis = EditionAnalysis.of(Barometer.load(Samples.bundle("2023-Q3")));
        set = TemplateSet.builtIn();
    }

    /** Fails once {@code limit} bytes have been written. */
    private static final class FailingStream extends FilterOutputStream {
        private long left;

        FailingStream(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                throw new IOException("disk full (simulated)");
            }
            left -= len;
            out.write(b, off, len);
        }
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void aStreamFailingAtAnyStageKeepsThePreviousFileAndLeavesNoTemporaryFile(OutputFormat format) throws Exception {
        EditionRenderer renderer = Renderers.forFormat(format, set);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        renderer.render(analysis, Language.EN, RenderOptions.DEFAULT, whole);
        long size = whole.size();
        Path target = out.resolve(format.fileName("2023-Q3", "en"));
        byte[] good = "the previous good edition".getBytes();
        Files.write(target, good);
        for (long failAt : List.of(0L, 1L, 4096L, size / 2, size - 1)) {
            assertThrows(IOException.class, () -> AtomicWriter.write(target,
                    (AtomicWriter.Content<RenderException>) s -> renderer.render(analysis, Language.EN, RenderOptions.DEFAULT,
                            new FailingStream(s, failAt))), format + " failing after " + failAt + " bytes");
            assertArrayEquals(good, Files.readAllBytes(target), "previous file kept after a failure at " + failAt);
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(target), files.toList(), "no temporary file left after a failure at " + failAt);
            }
        }
        AtomicWriter.write(target, (AtomicWriter.Content<RenderException>) s ->
                renderer.render(analysis, Language.EN, RenderOptions.DEFAULT, s));
        assertArrayEquals(whole.toByteArray(), Files.readAllBytes(target), "a complete render replaces the file");
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void aDocumentOverTheSizeLimitIsAClearError(OutputFormat format) {
        RenderOptions tiny = new RenderOptions(false, RenderOptions.DEFAULT.timeLimit(), 1000);
        RenderException e = assertThrows(RenderException.class, () -> Renderers.forFormat(format, set)
                .render(analysis, Language.EN, tiny, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("limit") && e.getMessage().contains("1000"), e.getMessage());
    }
}
