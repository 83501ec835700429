package eu.barometer.cli;

import eu.barometer.cli.render.BarProgress;
import eu.barometer.cli.render.Job;
import eu.barometer.cli.render.LineProgress;
import eu.barometer.cli.render.LoadedBundle;
import eu.barometer.cli.render.Outcome;
import eu.barometer.cli.render.Progress;
import eu.barometer.cli.render.Runner;
import eu.barometer.cli.text.Units;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.problem.InputProblem;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.TemplateSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** {@code barometer batch <bundle>…}: render many bundles in parallel, carrying on past failures. */
@Command(name = "batch",
        description = {"Render the editions of several input bundles in parallel. A failing bundle or file does not stop "
                + "the others; every failure is listed at the end, and the exit code is then 4.",
                "Progress goes to stderr: a bar on a terminal, plain lines otherwise."})
final class BatchCommand implements Callable<Integer> {

    /** Input problems listed per failed bundle; the rest are counted ('barometer validate' lists them all). */
    private static final int PROBLEMS_SHOWN = 10;

    /** A bundle or file that failed, with what to print about it. */
    private record Failure(String what, List<String> lines, Optional<Throwable> cause) { }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<bundle>", description = "Input bundle folders.")
    List<Path> bundles;

    @Mixin
    EditionOptions editions;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files rendered at the same time (default: the number of processors, here ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin
    CommonOptions common;

    private final RendererSource renderers;
    private final Function<PrintWriter, Progress> progress;

    BatchCommand() {
        this(RendererSource.BUILT_IN, BatchCommand::progressFor);
    }

    /** A progress bar when the process runs on a terminal, plain lines otherwise (pipes, logs, CI). */
    static Progress progressFor(PrintWriter err) {
        return System.console() != null ? new BarProgress(err, BarProgress.terminalWidth()) : new LineProgress(err);
    }

    BatchCommand(RendererSource renderers, Function<PrintWriter, Progress> progress) {
        this.renderers = renderers;
        this.progress = progress;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, was " + jobs);
        }
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Set<Language>> requested = editions.requestedLanguages();
        TemplateSet set = editions.templateSet();
        Map<OutputFormat, EditionRenderer> chosen = editions.renderers(renderers, set);
        editions.outputFolder();

        List<Failure> failures = new ArrayList<>();
        List<Job> work = plan(load(failures), requested, chosen, failures);
        long loaded = System.nanoTime();

        List<Outcome> outcomes = new Runner(chosen, editions.renderOptions(), editions.templates)
                .run(work, jobs, progress.apply(err));
        for (Outcome o : outcomes) {
            if (!o.ok()) {
                failures.add(new Failure(o.job().label() + " (" + o.job().bundle() + ")", o.problems(), o.failure()));
            }
        }
        report(failures, err);
        summarise(outcomes, failures.size(), Duration.ofNanos(loaded - start), Duration.ofNanos(System.nanoTime() - start), out);
        return failures.isEmpty() ? ExitCode.OK : ExitCode.BATCH_FAILED;
    }

    /** Reads every bundle once, in parallel; bad input is in the results, a failing file system a failure. */
    private List<LoadedBundle> load(List<Failure> failures) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, bundles.size()), r -> {
            Thread t = new Thread(r, "barometer-load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<LoadedBundle>> futures = new ArrayList<>();
            for (Path b : bundles) {
                futures.add(pool.submit(() -> LoadedBundle.load(b)));
            }
            List<LoadedBundle> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    failures.add(new Failure(bundles.get(i).toString(),
                            List.of("cannot read the bundle: " + Failures.message(e.getCause())), Optional.of(e.getCause())));
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The files to render; bundles that cannot be rendered become failures. */
    private List<Job> plan(List<LoadedBundle> loaded, Optional<Set<Language>> requested,
                           Map<OutputFormat, EditionRenderer> chosen, List<Failure> failures) {
        List<Job> work = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (LoadedBundle b : loaded) {
            if (b.analysis().isEmpty()) {
                failures.add(new Failure(b.bundle().toString(), inputErrors(b), Optional.empty()));
                continue;
            }
            EditionAnalysis a = b.analysis().get();
            String id = a.edition().info().id();
            Path first = ids.putIfAbsent(id, b.bundle());
            if (first != null) {
                failures.add(new Failure(b.bundle().toString(), List.of("the edition " + id + " is also in " + first
                        + "; their files would overwrite each other, so only the first is rendered"), Optional.empty()));
                continue;
            }
            List<Language> languages;
            try {
                languages = EditionOptions.languagesOf(a.edition().info(), requested);
            } catch (IllegalArgumentException e) {
                failures.add(new Failure(b.bundle().toString(), List.of(e.getMessage()), Optional.empty()));
                continue;
            }
            work.addAll(editions.jobs(b.bundle(), a, chosen.keySet(), languages));
        }
        return work;
    }

    private List<String> inputErrors(LoadedBundle b) {
        List<InputProblem> errors = b.errors();
        List<String> lines = new ArrayList<>();
        errors.stream().limit(PROBLEMS_SHOWN).forEach(p -> lines.add(InputProblems.line(b.bundle(), p, common.verbose)));
        if (errors.size() > PROBLEMS_SHOWN) {
            lines.add("… and " + (errors.size() - PROBLEMS_SHOWN) + " more errors; 'barometer validate " + b.bundle() + "' lists them all");
        }
        lines.add(0, InputProblems.summary(b.bundle(), b.problems()));
        return lines;
    }

    private void report(List<Failure> failures, PrintWriter err) {
        if (failures.isEmpty()) {
            return;
        }
        err.println(Units.count(failures.size(), "failure", "failures") + ":");
        for (Failure f : failures) {
            err.println("  " + f.what() + ":");
            f.lines().forEach(l -> err.println("    " + l));
            if (common.verbose) {
                f.cause().ifPresent(t -> t.printStackTrace(err));
            }
        }
        err.flush();
    }

    private void summarise(List<Outcome> outcomes, int failed, Duration loading, Duration total, PrintWriter out) {
        List<Outcome> written = outcomes.stream().filter(Outcome::ok).toList();
        long bytes = written.stream().mapToLong(Outcome::bytes).sum();
        out.println("Wrote " + Units.count(written.size(), "file", "files") + " (" + Units.size(bytes) + ") to " + editions.out
                + " from " + Units.count(bundles.size(), "bundle", "bundles") + " in " + Units.duration(total)
                + " (reading " + Units.duration(loading) + ", " + jobs + (jobs == 1 ? " job" : " jobs") + ")"
                + (failed == 0 ? "" : "; " + failed + " failed"));
        Map<OutputFormat, List<Outcome>> byFormat = new EnumMap<>(OutputFormat.class);
        written.forEach(o -> byFormat.computeIfAbsent(o.job().format(), k -> new ArrayList<>()).add(o));
        byFormat.forEach((f, os) -> {
            long b = os.stream().mapToLong(Outcome::bytes).sum();
            long ms = os.stream().mapToLong(o -> o.time().toMillis()).sum();
            out.println("  " + f.extension() + ": " + Units.count(os.size(), "file", "files") + ", " + Units.size(b)
                    + ", " + Units.duration(Duration.ofMillis(ms / os.size())) + " per file on average");
        });
        out.flush();
    }
}
