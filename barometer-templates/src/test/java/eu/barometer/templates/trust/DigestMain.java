package eu.barometer.templates.trust;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.Renderers;
import eu.barometer.templates.TemplateSet;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders every format in the given languages (default: the edition's) and prints one line per file:
 * {@code <format> <lang> <sha256>}. Run in separate JVMs (different time zones, locales, thread
 * counts) by {@link DeterminismTest}.
 */
public final class DigestMain {

    private DigestMain() { }

    public static void main(String[] args) throws Exception {
        Path bundle = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<Language> languages = args.length > 2
                ? java.util.Arrays.stream(args[2].split(",")).map(c -> Language.byCode(c).orElseThrow()).toList() : null;
        for (String line : digests(bundle, threads, languages, RenderOptions.DEFAULT)) {
            System.out.println(line);
        }
    }

    /** The digest lines of every format and language, rendered on {@code threads} threads through shared renderers. */
    public static List<String> digests(Path bundle, int threads, List<Language> languages, RenderOptions options)
            throws Exception {
        EditionAnalysis analysis = EditionAnalysis.of(Barometer.load(bundle));
        List<Language> langs = languages != null ? languages : analysis.edition().info().languages();
        TemplateSet set = TemplateSet.builtIn();
        java.util.Map<OutputFormat, eu.barometer.templates.EditionRenderer> renderers = new java.util.EnumMap<>(OutputFormat.class);
        for (OutputFormat f : OutputFormat.values()) {
            renderers.put(f, Renderers.forFormat(f, set));
        }
        List<String> jobs = new ArrayList<>();
        for (OutputFormat f : OutputFormat.values()) {
            for (Language l : langs) {
                jobs.add(f.name() + " " + l.code());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String job : jobs) {
                String[] parts = job.split(" ");
                OutputFormat f = OutputFormat.valueOf(parts[0]);
                Language l = Language.byCode(parts[1]).orElseThrow();
                results.add(pool.submit(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    renderers.get(f).render(analysis, l, options, out);
                    return job + " " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
                }));
            }
            List<String> lines = new ArrayList<>();
            for (Future<String> r : results) {
                lines.add(r.get());
            }
            return lines;
        } finally {
            pool.shutdownNow();
        }
    }
}
