package eu.barometer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * The {@code barometer} command: validate input bundles and render the editions of the Schengen
 * Barometer+.
 *
 * @since 0.1
 */
@Command(name = "barometer", mixinStandardHelpOptions = true, versionProvider = BarometerCommand.Version.class,
        description = "Validate Schengen Barometer+ input bundles and render their editions (PDF, DOCX, XLSX, HTML).",
        subcommands = {ValidateCommand.class, GenerateCommand.class, BatchCommand.class, TemplatesCommand.class,
                PreviewCommand.class, CommandLine.HelpCommand.class})
public final class BarometerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * The command line with its exit-code mapping and error handling, printing to the given
     * writers. Tests run commands through this.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return configure(new CommandLine(new BarometerCommand()), out, err);
    }

    /** Configures any command line of this application (the root, or a command built for a test). */
    static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        Failures failures = new Failures();
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(Failures::execute);
        cl.setExecutionExceptionHandler(failures);
        cl.setExitCodeExceptionMapper(failures);
        documentExitCodes(cl);
        return cl;
    }

    private static void documentExitCodes(CommandLine cl) {
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.descriptions());
        cl.getSubcommands().values().forEach(BarometerCommand::documentExitCodes);
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command: validate, generate, batch, templates or preview");
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BarometerCommand.class.getPackage().getImplementationVersion();
            return new String[] {"barometer " + (v == null ? "(development build)" : v),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
