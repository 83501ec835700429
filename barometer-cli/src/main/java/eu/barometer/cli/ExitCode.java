package eu.barometer.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of {@code barometer}, documented in every command's help.
 *
 * @since 0.1
 */
public final class ExitCode {

    /** Done; warnings allowed. */
    public static final int OK = 0;
    /** An unexpected failure: a bug, a full disk, an unwritable output folder. */
    public static final int FAILURE = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** The inputs or the template set have errors. */
    public static final int INVALID = 3;
    /** A batch finished, but some of its items failed. */
    public static final int BATCH_FAILED = 4;

    private ExitCode() { }

    /** Code and meaning, for the help footer. */
    static Map<String, String> descriptions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("" + OK, "done (warnings allowed)");
        m.put("" + FAILURE, "unexpected failure (message printed; --verbose for details)");
        m.put("" + USAGE, "usage error (unknown option, bad value)");
        m.put("" + INVALID, "invalid input bundle or template set");
        m.put("" + BATCH_FAILED, "batch finished with failures");
        return m;
    }
}
