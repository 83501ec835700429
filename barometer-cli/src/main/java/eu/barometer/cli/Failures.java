package eu.barometer.cli;

import eu.barometer.core.InvalidInputException;
import eu.barometer.templates.RenderException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The one place where failures become exit codes and messages: the user sees what went wrong,
 * not a stack trace (unless {@code --verbose}).
 */
final class Failures implements IExecutionExceptionHandler, IExitCodeExceptionMapper {

    /**
     * Runs the command like picocli's default, but turns an {@link Error} (a broken class
     * initialiser, a stack overflow, memory running out) into an exception this handler sees, so
     * that it too ends with a message and exit code 1.
     */
    static int execute(ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (Error e) {
            CommandLine cl = parsed.commandSpec().commandLine();
            ParseResult p = parsed;
            while (p.hasSubcommand()) {
                p = p.subcommand();
                cl = p.commandSpec().commandLine();
            }
            throw new CommandLine.ExecutionException(cl, "unexpected failure", e);
        }
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code = getExitCode(e);
        err.println("barometer: " + message(e));
        if (isVerbose(parsed)) {
            e.printStackTrace(err);
        } else if (code == ExitCode.FAILURE && !(e instanceof CliException)) {
            err.println("barometer: run again with --verbose to see where it happened");
        }
        err.flush();
        return code;
    }

    @Override
    public int getExitCode(Throwable e) {
        if (e instanceof CliException c) {
            return c.exitCode();
        }
        if (e instanceof InvalidInputException || e instanceof RenderException) {
            return ExitCode.INVALID;
        }
        if (e instanceof CommandLine.ParameterException) {
            return ExitCode.USAGE;
        }
        return ExitCode.FAILURE;
    }

    /** A message for the user: ours as is, a foreign exception with its kind. */
    static String message(Throwable e) {
        if (e instanceof CliException || e instanceof InvalidInputException || e instanceof RenderException) {
            return e.getMessage();
        }
        Throwable t = e;
        while (t.getCause() != null && (t instanceof UncheckedIOException || t instanceof CommandLine.ExecutionException
                || t instanceof ExceptionInInitializerError)) {
            t = t.getCause();
        }
        String text = t.getMessage();
        String kind = t.getClass().getSimpleName();
        return "unexpected failure: " + (text == null || text.isBlank() ? kind : kind + ": " + text);
    }

    /** True if --verbose was given to the command or any of its parents. */
    static boolean isVerbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (p.hasMatchedOption(CommonOptions.VERBOSE)) {
                return true;
            }
        }
        return false;
    }
}
