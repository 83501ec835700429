package eu.barometer.cli;

import eu.barometer.cli.output.AtomicWriter;
import eu.barometer.cli.output.OutputFolderException;
import eu.barometer.templates.TemplateSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code barometer templates init DIR}: copy the built-in template set for customising. */
@Command(name = "init",
        description = {"Copy the built-in template set into DIR for customising, then use it with --templates DIR.",
                "Refuses a folder that is not empty unless --force is given."})
final class TemplatesInitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create (or an empty one).")
    Path dir;

    @Option(names = "--force", description = "Write into a folder that is not empty, replacing the set's files in it.")
    boolean force;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CliException(ExitCode.FAILURE, "cannot create the template set folder " + dir + ": it exists and is not a folder");
        }
        if (!force && !isEmpty(dir)) {
            throw new CliException(ExitCode.USAGE, "the folder " + dir + " is not empty; choose a new folder, "
                    + "or give --force to replace the template set's files in it");
        }
        TemplateSet set = TemplateSet.builtIn();
        PrintWriter out = spec.commandLine().getOut();
        try {
            for (String name : set.files()) {
                Path target = dir.resolve(name);
                byte[] bytes = set.file(name).orElseThrow();
                AtomicWriter.write(target, o -> o.write(bytes));
                if (common.verbose) {
                    out.println("wrote " + target);
                }
            }
        } catch (OutputFolderException e) {
            throw new CliException(ExitCode.FAILURE, e.getMessage(), e);
        }
        out.println("Copied the template set '" + set.name() + "' (" + set.files().size() + " files) to " + dir
                + "; render with it: barometer generate <bundle> --templates " + dir);
        out.flush();
        return ExitCode.OK;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
