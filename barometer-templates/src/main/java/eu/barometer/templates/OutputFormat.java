package eu.barometer.templates;

import java.util.Locale;
import java.util.Optional;

/**
 * The four editions rendered from one template set.
 *
 * @since 0.1
 */
public enum OutputFormat {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    HTML("html", "text/html; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    OutputFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file extension without the dot, e.g. {@code pdf}. */
    public String extension() {
        return extension;
    }

    /** The media type. */
    public String mediaType() {
        return mediaType;
    }

    /** The format for an extension or name (case-insensitive), if any. */
    public static Optional<OutputFormat> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            if (f.extension.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The file name of an edition: {@code barometer-<edition-id>-<lang>.<ext>}. */
    public String fileName(String editionId, String languageCode) {
        return "barometer-" + editionId + "-" + languageCode + "." + extension;
    }
}
