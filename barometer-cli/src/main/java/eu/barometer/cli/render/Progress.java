package eu.barometer.cli.render;

/**
 * Hears how a run of jobs goes. Called from the worker threads; implementations synchronise.
 *
 * @since 0.1
 */
public interface Progress {

    /** Hears nothing. */
    Progress NONE = new Progress() { };

    /** The run starts with this many jobs. */
    default void start(int jobs) { }

    /** A job starts. */
    default void started(Job job) { }

    /** A job ended. */
    default void ended(Outcome outcome) { }

    /** The run is over (also after a failure); a progress bar clears itself here. */
    default void finish() { }
}
