package eu.barometer.core.problem;

import java.util.Locale;

/**
 * Stable identifiers of the kinds of input problem, for tools that filter or count them.
 * {@link #id()} never changes once released.
 *
 * @since 0.1
 */
public enum ProblemCode {
    /** A file could not be read at all. */
    UNREADABLE_FILE,
    /** The bytes are not valid in the declared encoding. */
    BAD_ENCODING,
    /** A file in the bundle folder that is not one of the dataset files. */
    UNKNOWN_FILE,
    /** A CSV file has no header row. */
    MISSING_HEADER,
    /** A required column is absent from the header. */
    MISSING_COLUMN,
    /** A column is not part of the dataset; its values are ignored. */
    UNKNOWN_COLUMN,
    /** The same column appears twice in the header. */
    DUPLICATE_COLUMN,
    /** A row has more or fewer fields than the header. */
    FIELD_COUNT,
    /** The CSV syntax is broken (for example an unclosed quote). */
    CSV_SYNTAX,
    /** A required value is empty. */
    MISSING_VALUE,
    /** A value is not a number, date or period of the expected form. */
    WRONG_TYPE,
    /** A count or amount is negative. */
    NEGATIVE_VALUE,
    /** A code is not in its vocabulary. */
    UNKNOWN_CODE,
    /** Two rows have the same key. */
    DUPLICATE_KEY,
    /** A period lies outside the edition's window. */
    PERIOD_OUTSIDE_WINDOW,
    /** A state was not a Schengen member (or SIS user) in the period of its row. */
    NOT_SCHENGEN_MEMBER,
    /** Figures that contradict each other, such as more hits than searches. */
    IMPLAUSIBLE_VALUE,
    /** A dataset's latest period ends before the edition's period: the edition shows the latest available figures. */
    STALE_DATA,
    /** A value is longer than the configured limit. */
    VALUE_TOO_LONG,
    /** An input exceeds a configured size or row limit. */
    LIMIT_EXCEEDED,
    /** {@code edition.properties} is missing, malformed or has a bad value. */
    BAD_EDITION_PROPERTY,
    /**
     * A free text, a Council header field or a narrative text part ({@code text/<part>.<lang>.md})
     * has no text in a language the edition is made in (or a narrative text is in a language it is not).
     */
    MISSING_TRANSLATION,
    /** An owner or provider that is not one of the known organisations, so its name cannot be translated. */
    UNKNOWN_ORGANISATION,
    /** Narrative text ({@code text/*.md}) uses Markdown outside the supported subset, such as raw HTML or an image. */
    UNSUPPORTED_MARKUP,
    /** A figure placeholder in narrative text is malformed or names no figure of the catalogue. */
    UNKNOWN_FIGURE,
    /** A figure placeholder refers to a dataset that was not received; the editions show a dash. */
    FIGURE_NOT_AVAILABLE,
    /** The problem list reached its cap; later problems were not recorded. */
    TOO_MANY_PROBLEMS;

    /** The stable id, e.g. {@code unknown-code}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
