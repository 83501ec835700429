package eu.barometer.core.reference;

import java.util.List;

/**
 * A member of a closed vocabulary that appears in input files by a stable code.
 *
 * @since 0.1
 */
public interface Coded {

    /** The code written in input files and shown to users, e.g. {@code SIS} or {@code central-mediterranean}. */
    String code();

    /** Other spellings accepted on input (for example Frontex's own route names). Empty by default. */
    default List<String> aliases() {
        return List.of();
    }

    /** The key of this value's label in a template set's message bundles, e.g. {@code route.central-mediterranean}. */
    String labelKey();
}
