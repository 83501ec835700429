package eu.barometer.cli;

import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.Renderers;
import eu.barometer.templates.TemplateSet;

import java.util.Optional;

/**
 * Where the commands get their renderers: the ones this build has, or test doubles.
 *
 * @since 0.1
 */
@FunctionalInterface
interface RendererSource {

    /** The renderers of the templates module; a format without one is simply not offered. */
    RendererSource BUILT_IN = (format, set) -> {
        try {
            return Optional.of(Renderers.forFormat(format, set));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    };

    /** The renderer of a format for a template set, or empty if there is none. */
    Optional<EditionRenderer> find(OutputFormat format, TemplateSet set);
}
