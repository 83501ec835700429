package eu.barometer.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} option, mixed into every command. */
final class VerboseOption {

    static final String NAME = "--verbose";

    @Option(names = {"-v", NAME}, description = "Say more: timings, problem codes, and stack traces of failures.")
    boolean verbose;
}
