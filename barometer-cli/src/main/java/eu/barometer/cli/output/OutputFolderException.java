package eu.barometer.cli.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output folder cannot be created or written to. The message names the folder.
 *
 * @since 0.1
 */
public final class OutputFolderException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    /** A failure of a folder, for a reason such as "it is read-only". */
    public OutputFolderException(Path folder, String reason, Throwable cause) {
        super("cannot write to the output folder " + folder + ": " + reason, cause);
        this.folder = folder;
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }
}
