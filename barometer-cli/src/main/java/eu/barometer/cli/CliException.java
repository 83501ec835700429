package eu.barometer.cli;

/**
 * A failure the user can understand and act on: its message is printed as is (no stack trace)
 * and the command ends with its exit code.
 *
 * @since 0.1
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** A failure with an exit code from {@link ExitCode}. */
    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A failure with an exit code from {@link ExitCode} and its cause (shown with --verbose). */
    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The exit code, one of {@link ExitCode}. */
    public int exitCode() {
        return exitCode;
    }
}
