package eu.barometer.cli.render;

import eu.barometer.cli.output.AtomicWriter;
import eu.barometer.cli.output.OutputFolderException;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionDocument;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.TemplateProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders jobs on a pool of threads, each file written atomically, and carries on past failures:
 * every job ends with an {@link Outcome}.
 *
 * @since 0.1
 */
public final class Runner {

    private final Map<OutputFormat, EditionRenderer> renderers;
    private final RenderOptions options;
    private final Path templateFolder;

    /**
     * A runner.
     *
     * @param renderers      the renderer of each format the jobs use, by format
     * @param options        the render options
     * @param templateFolder the folder of a custom template set (prefixed to template problems), or null for the built-in set
     */
    public Runner(Map<OutputFormat, EditionRenderer> renderers, RenderOptions options, Path templateFolder) {
        this.renderers = Map.copyOf(renderers);
        this.options = Objects.requireNonNull(options, "options");
        this.templateFolder = templateFolder;
    }

    /**
     * Runs the jobs, at most {@code threads} at a time, in job order; returns their outcomes in job
     * order. The jobs of an edition in a language share one {@link EditionDocument}, so the
     * template runs once for all their formats; it is let go when the last of them ends.
     */
    public List<Outcome> run(List<Job> jobs, int threads, Progress progress) throws InterruptedException {
        Map<Job, Shared> documents = share(jobs);
        progress.start(jobs.size());
        try {
            if (threads <= 1 || jobs.size() <= 1) {
                List<Outcome> out = new ArrayList<>();
                for (Job j : jobs) {
                    out.add(runOne(j, documents.get(j), progress));
                }
                return out;
            }
            AtomicInteger n = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), r -> {
                Thread t = new Thread(r, "barometer-render-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Outcome>> futures = new ArrayList<>();
                for (Job j : jobs) {
                    futures.add(pool.submit(() -> runOne(j, documents.get(j), progress)));
                }
                List<Outcome> out = new ArrayList<>();
                for (Future<Outcome> f : futures) {
                    out.add(f.get());
                }
                return out;
            } catch (ExecutionException e) {
                throw new IllegalStateException("a render thread failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        } finally {
            progress.finish();
        }
    }

    /** The document of each job's edition and language, one per pair, with the number of jobs that use it. */
    private Map<Job, Shared> share(List<Job> jobs) {
        Map<EditionAnalysis, Map<Language, Shared>> byEdition = new IdentityHashMap<>();
        Map<Job, Shared> out = new IdentityHashMap<>();
        for (Job j : jobs) {
            Shared s = byEdition.computeIfAbsent(j.analysis(), a -> new EnumMap<>(Language.class))
                    .computeIfAbsent(j.language(), l -> new Shared(EditionDocument.of(j.analysis(), l, options)));
            s.users.incrementAndGet();
            out.put(j, s);
        }
        return out;
    }

    /** A document and the number of jobs still to use it; dropped after the last, so a batch holds few at a time. */
    private static final class Shared {
        private volatile EditionDocument document;
        private final AtomicInteger users = new AtomicInteger();

        Shared(EditionDocument document) {
            this.document = document;
        }

        EditionDocument take() {
            EditionDocument d = document;
            if (users.decrementAndGet() == 0) {
                document = null;
            }
            return d;
        }
    }

    private Outcome runOne(Job job, Shared shared, Progress progress) {
        progress.started(job);
        long start = System.nanoTime();
        Outcome o;
        try {
            EditionRenderer r = renderers.get(job.format());
            if (r == null) {
                throw new IllegalStateException("no renderer for " + job.format());
            }
            EditionDocument document = shared.take();
            long bytes = AtomicWriter.write(job.target(), out -> r.render(document, out));
            o = Outcome.written(job, bytes, Duration.ofNanos(System.nanoTime() - start));
        } catch (RenderException e) {
            o = Outcome.failed(job, Duration.ofNanos(System.nanoTime() - start), templateProblems(e, templateFolder), e);
        } catch (IOException e) {
            o = Outcome.failed(job, Duration.ofNanos(System.nanoTime() - start),
                    List.of(e instanceof OutputFolderException ? e.getMessage() : "cannot write " + job.target() + ": " + describe(e)), e);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError)) {
                throw e;
            }
            o = Outcome.failed(job, Duration.ofNanos(System.nanoTime() - start),
                    List.of("unexpected failure: " + describe(e)), e);
        }
        progress.ended(o);
        return o;
    }

    /**
     * The lines of a render exception: each template problem as {@code folder/template:line:col: message}
     * (the folder only for a custom set, so that an editor can open the file), or the message.
     */
    public static List<String> templateProblems(RenderException e, Path templateFolder) {
        if (e.problems().isEmpty()) {
            return List.of(e.getMessage() + (e.getCause() == null ? "" : " (" + describe(e.getCause()) + ")"));
        }
        List<String> lines = new ArrayList<>();
        for (TemplateProblem p : e.problems()) {
            String where = templateFolder == null ? p.template() : templateFolder.resolve(p.template()).toString();
            lines.add(new TemplateProblem(where, p.line(), p.column(), p.message()).toString());
        }
        return lines;
    }

    /** {@code message}, or the exception's kind if it has none. */
    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
