package eu.barometer.core.input;

import eu.barometer.core.problem.ProblemCollector;

import java.util.Objects;

/**
 * Settings of one load: the file format, how many problems to list, and limits that keep a huge
 * or endless input from exhausting memory. Immutable.
 *
 * @param format        how the CSV files are written; never null
 * @param maxProblems   problems listed before the list is cut (default 200)
 * @param maxFileBytes  largest accepted CSV file (default 2 GiB)
 * @param maxRows       most data rows accepted in one file (default 5,000,000)
 * @param maxCellLength longest accepted value in characters (default 10,000)
 * @since 0.1
 */
public record LoadOptions(InputFormat format, int maxProblems, long maxFileBytes, int maxRows, int maxCellLength) {

    /** The defaults. */
    public static final LoadOptions DEFAULT = new LoadOptions(InputFormat.DEFAULT, ProblemCollector.DEFAULT_CAP,
            2L * 1024 * 1024 * 1024, 5_000_000, 10_000);

    public LoadOptions {
        Objects.requireNonNull(format, "format");
        if (maxProblems < 1 || maxFileBytes < 1 || maxRows < 1 || maxCellLength < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** These options with another format. */
    public LoadOptions withFormat(InputFormat f) {
        return new LoadOptions(f, maxProblems, maxFileBytes, maxRows, maxCellLength);
    }

    /** These options with another problem cap. */
    public LoadOptions withMaxProblems(int n) {
        return new LoadOptions(format, n, maxFileBytes, maxRows, maxCellLength);
    }

    /** These options with other size limits. */
    public LoadOptions withLimits(long fileBytes, int rows, int cellLength) {
        return new LoadOptions(format, maxProblems, fileBytes, rows, cellLength);
    }
}
