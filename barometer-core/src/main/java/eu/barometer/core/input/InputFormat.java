package eu.barometer.core.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How the CSV files of a bundle are written: encoding, delimiter and decimal separator.
 * Immutable; build one with {@link #builder()} or take a preset.
 *
 * <p>{@code edition.properties} can override each setting for its bundle ({@code input.encoding},
 * {@code input.delimiter}, {@code input.decimal}).
 *
 * @since 0.1
 */
public final class InputFormat {

    /** The decimal separator of numbers in the files. */
    public enum Decimal {
        /** Comma for files delimited by {@code ;}, point otherwise. */
        AUTO,
        /** {@code 1.234,5}: comma decimals, points (or spaces) between thousands. */
        COMMA,
        /** {@code 1,234.5}: point decimals, commas (or spaces) between thousands. */
        POINT
    }

    /** Delimiter detected from the header line ({@code ,} {@code ;} or tab), UTF-8, decimal by delimiter. */
    public static final InputFormat DEFAULT = builder().build();

    /** What Excel writes in continental European locales: {@code ;}, decimal comma, windows-1252. */
    public static final InputFormat EXCEL_EU = builder().delimiter(';').decimal(Decimal.COMMA)
            .encoding(Charset.forName("windows-1252")).build();

    private final Charset encoding;
    private final Character delimiter;
    private final Decimal decimal;

    private InputFormat(Builder b) {
        this.encoding = b.encoding;
        this.delimiter = b.delimiter;
        this.decimal = b.decimal;
    }

    /** A builder starting from {@link #DEFAULT}'s settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this format's settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.encoding = encoding;
        b.delimiter = delimiter;
        b.decimal = decimal;
        return b;
    }

    /** The encoding; a byte-order mark in a file wins over it. */
    public Charset encoding() {
        return encoding;
    }

    /** The delimiter, or null to detect it from each file's header line. */
    public Character delimiter() {
        return delimiter;
    }

    /** The decimal separator. */
    public Decimal decimal() {
        return decimal;
    }

    /** The decimal separator for a file with this delimiter. */
    Decimal decimalFor(char fileDelimiter) {
        if (decimal != Decimal.AUTO) {
            return decimal;
        }
        return fileDelimiter == ';' ? Decimal.COMMA : Decimal.POINT;
    }

    @Override
    public String toString() {
        return "InputFormat[encoding=" + encoding + ", delimiter=" + (delimiter == null ? "auto" : "'" + delimiter + "'")
                + ", decimal=" + decimal + "]";
    }

    /** Builds an {@link InputFormat}. */
    public static final class Builder {
        private Charset encoding = StandardCharsets.UTF_8;
        private Character delimiter;
        private Decimal decimal = Decimal.AUTO;

        private Builder() { }

        /** The encoding of files without a byte-order mark. */
        public Builder encoding(Charset encoding) {
            this.encoding = Objects.requireNonNull(encoding, "encoding");
            return this;
        }

        /** A fixed delimiter: {@code ,} {@code ;} or tab. */
        public Builder delimiter(char delimiter) {
            if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
                throw new IllegalArgumentException("delimiter must be ',', ';' or tab, was '" + delimiter + "'");
            }
            this.delimiter = delimiter;
            return this;
        }

        /** Detect the delimiter from each file's header line (the default). */
        public Builder detectDelimiter() {
            this.delimiter = null;
            return this;
        }

        /** The decimal separator. */
        public Builder decimal(Decimal decimal) {
            this.decimal = Objects.requireNonNull(decimal, "decimal");
            return this;
        }

        /** Shorthand for {@code decimal(on ? COMMA : POINT)}. */
        public Builder decimalComma(boolean on) {
            return decimal(on ? Decimal.COMMA : Decimal.POINT);
        }

        /** The format. */
        public InputFormat build() {
            return new InputFormat(this);
        }
    }
}
