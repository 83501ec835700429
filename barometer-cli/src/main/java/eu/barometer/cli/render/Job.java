package eu.barometer.cli.render;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.OutputFormat;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to render: an edition (loaded once, shared by all its jobs) in one format and language.
 *
 * @param bundle   the input bundle the edition came from, as given on the command line
 * @param analysis the analysed edition
 * @param format   the format
 * @param language the language
 * @param target   the file to write
 * @since 0.1
 */
public record Job(Path bundle, EditionAnalysis analysis, OutputFormat format, Language language, Path target) {

    public Job {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(target, "target");
    }

    /** The edition's id, e.g. {@code 2023-Q3}. */
    public String editionId() {
        return analysis.edition().info().id();
    }

    /** A short name for progress lines, e.g. {@code 2023-Q3 sl pdf}. */
    public String label() {
        return editionId() + " " + language.code() + " " + format.extension();
    }
}
