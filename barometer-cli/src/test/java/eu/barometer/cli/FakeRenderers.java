package eu.barometer.cli;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.TemplateSet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Renderers for command tests: each writes one line naming the edition, language and format,
 * unless told to fail. Records what it was asked to render.
 */
final class FakeRenderers implements RendererSource {

    /** How a render goes wrong. */
    @FunctionalInterface
    interface Behaviour {
        void render(EditionAnalysis edition, Language language, OutputFormat format, OutputStream out) throws IOException, RenderException;
    }

    /** A render that was asked for. */
    record Call(EditionAnalysis edition, Language language, OutputFormat format, RenderOptions options) { }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Set<OutputFormat> formats;
    private volatile Behaviour behaviour = FakeRenderers::writeLine;

    FakeRenderers(Set<OutputFormat> formats) {
        this.formats = formats;
    }

    /** Renderers for all four formats. */
    static FakeRenderers all() {
        return new FakeRenderers(EnumSet.allOf(OutputFormat.class));
    }

    FakeRenderers behaving(Behaviour b) {
        this.behaviour = b;
        return this;
    }

    static void writeLine(EditionAnalysis e, Language l, OutputFormat f, OutputStream out) throws IOException {
        out.write((f.extension() + " " + l.code() + " " + e.edition().info().id() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<EditionRenderer> find(OutputFormat format, TemplateSet set) {
        if (!formats.contains(format)) {
            return Optional.empty();
        }
        return Optional.of(new EditionRenderer() {
            @Override
            public OutputFormat format() {
                return format;
            }

            @Override
            public void render(EditionAnalysis edition, Language language, RenderOptions options, OutputStream out)
                    throws RenderException, IOException {
                calls.add(new Call(edition, language, format, options));
                behaviour.render(edition, language, format, out);
            }
        });
    }
}
