package eu.barometer.cli;

import eu.barometer.cli.preview.PreviewServer;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.TemplateSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code barometer preview <bundle>}: serve the HTML edition and render it again on every change. */
@Command(name = "preview",
        description = {"Serve the HTML edition of a bundle at http://127.0.0.1:PORT/ and render it again whenever a file "
                + "of the bundle or the template set changes; the open page reloads by itself.",
                "Input and template problems are shown in the page with their locations. Stop with Ctrl-C."})
final class PreviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<bundle>", description = "The input bundle folder.")
    Path bundle;

    @Option(names = {"-t", "--templates"}, paramLabel = "DIR", description = "A template set folder; default: the built-in set.")
    Path templates;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "8080",
            description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG", description = "The language (default: the edition's first).")
    String lang;

    @Mixin
    CommonOptions common;

    private final RendererSource renderers;
    private final CountDownLatch stop;

    PreviewCommand() {
        this(RendererSource.BUILT_IN, new CountDownLatch(1));
    }

    /** A preview that serves until {@code stop} counts down (the command line never does: Ctrl-C ends it). */
    PreviewCommand(RendererSource renderers, CountDownLatch stop) {
        this.renderers = renderers;
        this.stop = stop;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, was " + port);
        }
        Optional<Language> language = lang == null ? Optional.empty() : Optional.of(Language.byCode(lang).orElseThrow(
                () -> new ParameterException(spec.commandLine(), "Unknown language '" + lang + "' for --lang")));
        if (renderers.find(OutputFormat.HTML, TemplateSet.builtIn()).isEmpty()) {
            throw new CliException(ExitCode.FAILURE, "this build of barometer has no HTML renderer to preview with");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (PreviewServer server = new PreviewServer(bundle, templates, language,
                set -> renderers.find(OutputFormat.HTML, set).orElseThrow(), err)) {
            try {
                server.start(port);
            } catch (BindException e) {
                throw new CliException(ExitCode.FAILURE, "cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                        + "); choose another port with --port", e);
            }
            out.println("Previewing " + bundle + " at " + server.uri() + " (watching the bundle"
                    + (templates == null ? "" : " and " + templates) + "); stop with Ctrl-C");
            out.flush();
            stop.await();
        }
        return ExitCode.OK;
    }
}
