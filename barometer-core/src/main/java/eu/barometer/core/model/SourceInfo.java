package eu.barometer.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a received dataset came from, for source footnotes and the spreadsheet's Sources sheet.
 *
 * @param file        the file name in the bundle, or {@code dataset[api]} for data given through the builder; never null
 * @param sha256      hex SHA-256 of the file's bytes; empty for builder data; never null
 * @param rowsRead    data rows read (not counting header and blank lines)
 * @param provider    who sent the figures, e.g. "Frontex"; never null
 * @param asOf        the date of the figures, if known
 * @param provisional true if the provider declared the whole dataset provisional
 * @since 0.1
 */
public record SourceInfo(String file, String sha256, int rowsRead, String provider, Optional<LocalDate> asOf,
                         boolean provisional) {

    public SourceInfo {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(asOf, "asOf");
    }
}
