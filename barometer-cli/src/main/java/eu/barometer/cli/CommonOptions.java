package eu.barometer.cli;

import picocli.CommandLine.Option;

/** The options of every command: {@code --help} and {@code --verbose}. */
final class CommonOptions {

    static final String VERBOSE = "--verbose";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-v", VERBOSE}, description = "Say more: problem codes, timings, and stack traces of failures.")
    boolean verbose;
}
