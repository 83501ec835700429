package eu.barometer.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExitCodesTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        final RuntimeException failure;

        Boom(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() {
            throw failure;
        }
    }

    @Test
    void aMissingCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Missing a command"), r::toString);
        assertTrue(r.err().contains("Usage: barometer"), r::toString);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("validate", "--colour", "x");
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Unknown option: '--colour'"), r::toString);
    }

    @Test
    void helpDocumentsEveryExitCode() {
        for (String[] args : new String[][] {{"--help"}, {"validate", "--help"}}) {
            Cli.Result r = Cli.run(args);
            assertEquals(ExitCode.OK, r.exitCode(), r::toString);
            assertTrue(r.out().contains("Exit codes:"), r::toString);
            for (String code : new String[] {"0   done", "1   unexpected failure", "2   usage error", "3   invalid input",
                    "4   batch finished with failures"}) {
                assertTrue(r.out().contains(code), () -> code + " missing in\n" + r.out());
            }
        }
    }

    @Test
    void anUnexpectedFailureIsOneWithAMessageAndNoStackTrace() {
        Cli.Result r = Cli.run(new Boom(new IllegalStateException("kaputt")));
        assertEquals(ExitCode.FAILURE, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("barometer: unexpected failure: IllegalStateException: kaputt\n"), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    @Test
    void verboseShowsTheStackTrace() {
        Cli.Result r = Cli.run(new Boom(new IllegalStateException("kaputt")), "--verbose");
        assertEquals(ExitCode.FAILURE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("\tat eu.barometer.cli.ExitCodesTest."), r::toString);
    }

    @Test
    void aCliExceptionEndsWithItsOwnCodeAndMessage() {
        Cli.Result r = Cli.run(new Boom(new CliException(ExitCode.INVALID, "the template set has 2 problems")));
        assertEquals(ExitCode.INVALID, r.exitCode(), r::toString);
        assertEquals("barometer: the template set has 2 problems\n", r.err());
    }
}
