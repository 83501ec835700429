package eu.barometer.cli;

import eu.barometer.cli.output.AtomicWriter;
import eu.barometer.cli.output.OutputFolderException;
import eu.barometer.cli.render.Job;
import eu.barometer.cli.render.Runner;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.model.EditionInfo;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.TemplateSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What to render and where: the options {@code generate} and {@code batch} share. */
final class EditionOptions {

    static final String ALL = "all";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "Formats to write: pdf, docx, xlsx, html, or all (default: every format this build can write).")
    List<String> formats = List.of(ALL);

    @Option(names = {"-l", "--lang"}, split = ",", paramLabel = "LANG",
            description = "Languages to write, as codes (en,sl,de,…), or all (default): the languages of the edition.")
    List<String> languages = List.of(ALL);

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Folder for the files barometer-<edition>-<lang>.<ext>; created if missing (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-t", "--templates"}, paramLabel = "DIR",
            description = "A template set folder (see 'barometer templates init'); default: the built-in set.")
    Path templates;

    @Option(names = "--pdfa", description = "Write the PDF as PDF/A-1b, for archiving.")
    boolean pdfA;

    /** The render options. */
    RenderOptions renderOptions() {
        return RenderOptions.DEFAULT.withPdfA(pdfA);
    }

    /**
     * The template set: the built-in one or the folder's.
     *
     * @throws CliException (exit 3) after printing each problem as {@code dir/template:line:col: message}
     */
    TemplateSet templateSet() {
        if (templates == null) {
            return TemplateSet.builtIn();
        }
        try {
            return TemplateSet.fromFolder(templates);
        } catch (RenderException e) {
            PrintWriter err = command.commandLine().getErr();
            Runner.templateProblems(e, templates).forEach(err::println);
            throw new CliException(ExitCode.INVALID, "the template set " + templates + " has "
                    + (e.problems().isEmpty() ? "a problem" : e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"))
                    + "; 'barometer templates check " + templates + "' lists them all");
        } catch (IOException e) {
            throw new CliException(ExitCode.FAILURE, "cannot read the template set " + templates + ": " + e.getMessage(), e);
        }
    }

    /**
     * The renderer of each format asked for, in {@link OutputFormat} order.
     *
     * @throws ParameterException for an unknown format or one this build cannot write
     */
    Map<OutputFormat, EditionRenderer> renderers(RendererSource source, TemplateSet set) {
        if (formats.stream().anyMatch(s -> s.trim().equalsIgnoreCase(ALL))) {
            Map<OutputFormat, EditionRenderer> available = available(source, set);
            if (available.isEmpty()) {
                throw new CliException(ExitCode.FAILURE, "this build of barometer has no renderer at all");
            }
            return available;
        }
        // Only the formats asked for: a renderer's classes (POI, Flying Saucer, OpenPDF) load only when it is used.
        Map<OutputFormat, EditionRenderer> chosen = new EnumMap<>(OutputFormat.class);
        for (String s : formats) {
            Optional<OutputFormat> f = OutputFormat.byName(s);
            if (f.isEmpty()) {
                throw new ParameterException(command.commandLine(), "Unknown format '" + s.trim()
                        + "' for --format; expected pdf, docx, xlsx, html or all");
            }
            if (chosen.containsKey(f.get())) {
                continue;
            }
            Optional<EditionRenderer> r = source.find(f.get(), set);
            if (r.isEmpty()) {
                String names = available(source, set).keySet().stream().map(OutputFormat::extension).collect(Collectors.joining(", "));
                throw new ParameterException(command.commandLine(), "This build cannot write " + f.get().extension()
                        + " yet; it can write " + names);
            }
            chosen.put(f.get(), r.get());
        }
        return chosen;
    }

    private static Map<OutputFormat, EditionRenderer> available(RendererSource source, TemplateSet set) {
        Map<OutputFormat, EditionRenderer> available = new EnumMap<>(OutputFormat.class);
        for (OutputFormat f : OutputFormat.values()) {
            source.find(f, set).ifPresent(r -> available.put(f, r));
        }
        return available;
    }

    /**
     * The languages asked for, or empty for "the edition's languages".
     *
     * @throws ParameterException for a code that is not an EU language
     */
    Optional<Set<Language>> requestedLanguages() {
        if (languages.stream().anyMatch(s -> s.trim().equalsIgnoreCase(ALL))) {
            return Optional.empty();
        }
        Set<Language> out = new LinkedHashSet<>();
        for (String s : languages) {
            out.add(Language.byCode(s).orElseThrow(() -> new ParameterException(command.commandLine(),
                    "Unknown language '" + s.trim() + "' for --lang; expected codes of EU languages such as en, sl, de, or all")));
        }
        return Optional.of(out);
    }

    /**
     * The languages to render an edition in: those asked for, in the edition's order, or all of
     * the edition's languages.
     *
     * @throws IllegalArgumentException naming the languages the edition does not have
     */
    static List<Language> languagesOf(EditionInfo info, Optional<Set<Language>> requested) {
        if (requested.isEmpty()) {
            return info.languages();
        }
        List<Language> missing = new ArrayList<>(requested.get());
        missing.removeAll(info.languages());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the edition " + info.id() + " is not published in "
                    + codes(missing) + "; its languages are " + codes(info.languages()));
        }
        return info.languages().stream().filter(requested.get()::contains).toList();
    }

    private static String codes(List<Language> ls) {
        return ls.stream().map(Language::code).collect(Collectors.joining(", "));
    }

    /**
     * Creates the output folder if needed and checks that it can be written to.
     *
     * @throws CliException (exit 1) naming the folder
     */
    Path outputFolder() {
        try {
            AtomicWriter.prepareFolder(out);
            return out;
        } catch (OutputFolderException e) {
            throw new CliException(ExitCode.FAILURE, e.getMessage(), e);
        }
    }

    /** The files of an edition: each format (in {@link OutputFormat} order) in each language. */
    List<Job> jobs(Path bundle, EditionAnalysis analysis, Set<OutputFormat> formats, List<Language> languages) {
        String id = analysis.edition().info().id();
        List<Job> jobs = new ArrayList<>();
        for (OutputFormat f : formats) {
            for (Language l : languages) {
                jobs.add(new Job(bundle, analysis, f, l, out.resolve(f.fileName(id, l.code()))));
            }
        }
        return jobs;
    }
}
