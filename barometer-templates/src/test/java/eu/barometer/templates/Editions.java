package eu.barometer.templates;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Renders editions for tests, caching the built-in ones, and keeps a copy under target/editions for looking at. */
final class Editions {

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private Editions() { }

    static byte[] builtIn(OutputFormat format, Language language) {
        return CACHE.computeIfAbsent(format + "-" + language, k -> {
            try {
                byte[] b = render(TemplateSet.builtIn(), format, Samples.q3(), language, RenderOptions.DEFAULT);
                Path dir = Path.of("target", "editions");
                Files.createDirectories(dir);
                Files.write(dir.resolve(format.fileName("2023-Q3", language.code())), b);
                return b;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static byte[] render(TemplateSet set, OutputFormat format, EditionAnalysis analysis, Language language,
                         RenderOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.forFormat(format, set).render(analysis, language, options, out);
        return out.toByteArray();
    }
}
