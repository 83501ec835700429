package eu.barometer.cli;

import eu.barometer.cli.render.Job;
import eu.barometer.cli.render.LineProgress;
import eu.barometer.cli.render.LoadedBundle;
import eu.barometer.cli.render.Outcome;
import eu.barometer.cli.render.Runner;
import eu.barometer.cli.text.Units;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.TemplateSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** {@code barometer generate <bundle>}: render an edition in the formats and languages asked for. */
@Command(name = "generate",
        description = {"Render the editions of one input bundle: each format in each language, as "
                + "DIR/barometer-<edition>-<lang>.<ext>.",
                "The inputs are read once. Each file is written completely or not at all: a failure keeps the previous file."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<bundle>", description = "The input bundle folder.")
    Path bundle;

    @Mixin
    EditionOptions editions;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Option(names = "--strict",
            description = "Treat input warnings as errors: a language of the edition without its header fields or texts, an unknown organisation, … (exit 3).")
    boolean strict;

    private final RendererSource renderers;

    GenerateCommand() {
        this(RendererSource.BUILT_IN);
    }

    GenerateCommand(RendererSource renderers) {
        this.renderers = renderers;
    }

    @Override
    public Integer call() throws InterruptedException {
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Set<Language>> requested = editions.requestedLanguages();
        editions.outputFolder();
        // Reading the bundle and compiling the template set are independent: overlap them.
        CompletableFuture<LoadedBundle> reading = CompletableFuture.supplyAsync(() -> LoadedBundle.load(bundle));
        TemplateSet set;
        Map<OutputFormat, EditionRenderer> chosen;
        try {
            set = editions.templateSet();
            chosen = editions.renderers(renderers, set);
        } catch (RuntimeException e) {
            reading.cancel(true);
            throw e;
        }
        long prepared = System.nanoTime();
        LoadedBundle loaded = join(reading);
        long read = System.nanoTime();
        InputProblems.printText(err, bundle, loaded.problems(), common.verbose);
        if (!loaded.isValid() || (strict && !loaded.problems().isEmpty())) {
            err.println(InputProblems.summary(bundle, loaded.problems())
                    + (loaded.isValid() ? "; --strict: warnings (untranslated texts, unknown organisations, …) stop the run" : ""));
            return ExitCode.INVALID;
        }
        EditionAnalysis analysis = loaded.analysis().orElseThrow();
        List<Language> languages;
        try {
            languages = EditionOptions.languagesOf(analysis.edition().info(), requested);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
        }
        List<Job> jobs = editions.jobs(bundle, analysis, chosen.keySet(), languages);
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), jobs.size());
        List<Outcome> outcomes = new Runner(chosen, editions.renderOptions(), editions.templates)
                .run(jobs, threads, new LineProgress(out));

        List<Outcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        for (Outcome o : failed) {
            err.println(o.job().label() + ":");
            o.problems().forEach(p -> err.println("  " + p));
            if (common.verbose) {
                o.failure().ifPresent(t -> t.printStackTrace(err));
            }
        }
        if (common.verbose) {
            err.println("timings: template set and renderers " + ms(prepared - start) + ", bundle " + ms(read - start)
                    + " (in parallel), rendering " + ms(System.nanoTime() - read) + " on " + threads + " threads");
        }
        long bytes = outcomes.stream().filter(Outcome::ok).mapToLong(Outcome::bytes).sum();
        out.println(Units.count(outcomes.size() - failed.size(), "file", "files") + ", " + Units.size(bytes)
                + " in " + Units.duration(Duration.ofNanos(System.nanoTime() - start))
                + (failed.isEmpty() ? "" : "; " + failed.size() + " failed"));
        out.flush();
        err.flush();
        if (failed.isEmpty()) {
            return ExitCode.OK;
        }
        boolean onlyTemplates = failed.stream().allMatch(o -> o.failure().orElseThrow() instanceof RenderException);
        return onlyTemplates ? ExitCode.INVALID : ExitCode.FAILURE;
    }

    private static String ms(long nanos) {
        return Units.duration(Duration.ofNanos(nanos));
    }

    /** The bundle read in the background; a failure of the file system is rethrown as it was. */
    private static LoadedBundle join(CompletableFuture<LoadedBundle> reading) throws InterruptedException {
        try {
            return reading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
