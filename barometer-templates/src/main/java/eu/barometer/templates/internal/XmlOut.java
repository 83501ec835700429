package eu.barometer.templates.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes XML as UTF-8 bytes into a stream through its own buffer: markup is passed as ASCII,
 * text and attribute values are escaped. A spreadsheet's sheets are mostly markup around short
 * values, and this writer spends no time on encoders, writers or object models.
 *
 * <p>Characters XML 1.0 cannot hold (controls other than tab, line feed and carriage return,
 * lone surrogates, U+FFFE and U+FFFF) are written in SpreadsheetML's {@code _xHHHH_} escape,
 * which Excel and LibreOffice turn back into the character; a literal {@code _xHHHH_} in a
 * text gets its underscore escaped so that it reads back unchanged.
 *
 * <p>Failures of the stream below are thrown as {@link UncheckedIOException} and unwrapped by
 * the renderer that uses it, so that writing code stays free of {@code throws} clauses.
 */
public final class XmlOut {

    private static final byte[] DIGITS = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;

    public XmlOut(OutputStream out) {
        this.out = out;
    }

    /** Markup, which must be ASCII (element and attribute names, fixed attribute values). */
    public XmlOut raw(String ascii) {
        int len = ascii.length();
        if (n + len > buf.length) {
            drain();
            if (len > buf.length) {
                for (int i = 0; i < len; i++) {
                    put((byte) ascii.charAt(i));
                }
                return this;
            }
        }
        ascii.getBytes(0, len, buf, n); // ASCII only: the deprecated form is exact and fast
        n += len;
        return this;
    }

    /** A single ASCII character of markup. */
    public XmlOut raw(char c) {
        put((byte) c);
        return this;
    }

    /** A whole number. */
    public XmlOut num(long v) {
        if (n + 20 > buf.length) {
            drain();
        }
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                return raw(Long.toString(v));
            }
            buf[n++] = '-';
            v = -v;
        }
        int start = n;
        do {
            buf[n++] = (byte) ('0' + (int) (v % 10));
            v /= 10;
        } while (v != 0);
        for (int i = start, j = n - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
        return this;
    }

    /** A number as SpreadsheetML stores it: whole numbers without a decimal point, others in Java's shortest form. */
    public XmlOut num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return num((long) v);
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        return raw(Double.toString(v));
    }

    /** Text content or an attribute value, escaped. */
    public XmlOut text(String s) {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '&' -> raw("&amp;");
                    case '<' -> raw("&lt;");
                    case '>' -> raw("&gt;");
                    case '"' -> raw("&quot;");
                    case '\t', '\n' -> put((byte) c);
                    case '\r' -> raw("&#13;");
                    case '_' -> {
                        if (escapeLike(s, i)) {
                            raw("_x005F_");
                        } else {
                            put((byte) '_');
                        }
                    }
                    default -> {
                        if (c < 0x20 || c == 0x7F) {
                            hexEscape(c);
                        } else {
                            put((byte) c);
                        }
                    }
                }
            } else if (c < 0x800) {
                ensure(2);
                buf[n++] = (byte) (0xC0 | (c >> 6));
                buf[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                ensure(4);
                buf[n++] = (byte) (0xF0 | (cp >> 18));
                buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                hexEscape(c);
            } else {
                ensure(3);
                buf[n++] = (byte) (0xE0 | (c >> 12));
                buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return this;
    }

    /**
     * The text of a SpreadsheetML {@code <t>} element. The schema (ST_Xstring) allows no
     * {@code xml:space} attribute there, so white space a reader might trim or fold (at either
     * end, and every tab, line feed and carriage return) is written as {@code _xHHHH_}, which
     * Excel, LibreOffice and POI read back as the character.
     */
    public XmlOut spreadsheetText(String s) {
        int len = s.length();
        int first = 0;
        while (first < len && Character.isWhitespace(s.charAt(first))) {
            first++;
        }
        int end = len;
        while (end > first && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int from = first;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            boolean edge = i < first || i >= end;
            if (edge || c == '\t' || c == '\n' || c == '\r') {
                if (from < i) {
                    text(s.substring(from, i));
                }
                hexEscape(c);
                from = i + 1;
            }
        }
        if (from < len) {
            text(from == 0 ? s : s.substring(from));
        }
        return this;
    }

    /** Writes out what is buffered (the stream below is not flushed). */
    public void drain() {
        if (n > 0) {
            try {
                out.write(buf, 0, n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            n = 0;
        }
    }

    /** True if the text at {@code i} reads {@code _xHHHH_}, which a reader would take for an escape. */
    private static boolean escapeLike(String s, int i) {
        if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private void hexEscape(char c) {
        ensure(7);
        buf[n++] = '_';
        buf[n++] = 'x';
        buf[n++] = DIGITS[(c >> 12) & 0xF];
        buf[n++] = DIGITS[(c >> 8) & 0xF];
        buf[n++] = DIGITS[(c >> 4) & 0xF];
        buf[n++] = DIGITS[c & 0xF];
        buf[n++] = '_';
    }

    private void put(byte b) {
        if (n == buf.length) {
            drain();
        }
        buf[n++] = b;
    }

    private void ensure(int k) {
        if (n + k > buf.length) {
            drain();
        }
    }
}
