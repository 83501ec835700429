package eu.barometer.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code barometer} in-process and captures what it prints. */
final class Cli {

    /** The outcome of one run. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Cli() { }

    static Result run(String... args) {
        return run(new BarometerCommand(), args);
    }

    /** Runs a command object (e.g. one built with a test renderer) with the application's handlers. */
    static Result run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = BarometerCommand.configure(new CommandLine(command), new PrintWriter(out, true), new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
