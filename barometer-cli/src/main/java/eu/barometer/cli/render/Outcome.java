package eu.barometer.cli.render;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of a job: the file was written (its size), or the job failed (why, in lines ready to
 * print, with the exception for --verbose).
 *
 * @param job     the job
 * @param bytes   the size of the file written, or -1 if it failed
 * @param time    how long the job took
 * @param problems what went wrong, one line each; empty if the file was written
 * @param failure the exception, if the job failed
 * @since 0.1
 */
public record Outcome(Job job, long bytes, Duration time, List<String> problems, Optional<Throwable> failure) {

    public Outcome {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(time, "time");
        problems = List.copyOf(problems);
        Objects.requireNonNull(failure, "failure");
    }

    /** A written file. */
    static Outcome written(Job job, long bytes, Duration time) {
        return new Outcome(job, bytes, time, List.of(), Optional.empty());
    }

    /** A failed job. */
    static Outcome failed(Job job, Duration time, List<String> problems, Throwable failure) {
        return new Outcome(job, -1, time, problems, Optional.of(failure));
    }

    /** True if the file was written. */
    public boolean ok() {
        return failure.isEmpty();
    }
}
