package eu.barometer.core.problem;

import java.util.Locale;

/**
 * How serious a problem is: an error stops the edition from being built, a warning does not.
 *
 * @since 0.1
 */
public enum Severity {
    ERROR, WARNING;

    /** The word used in messages: {@code error} or {@code warning}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
