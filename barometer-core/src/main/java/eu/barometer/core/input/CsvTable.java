package eu.barometer.core.input;

import eu.barometer.core.internal.Sha256;
import eu.barometer.core.problem.Location;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.problem.ProblemCollector;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.Locale;

/**
 * One CSV file opened for reading: detects a byte-order mark and the delimiter, decodes strictly
 * (bad bytes are a problem with a line, never replacement characters), skips blank lines, and
 * hands out records with the line each starts on. Computes the file's SHA-256 on the way.
 */
final class CsvTable implements Closeable {

    private final String name;
    private final ProblemCollector problems;
    private final MessageDigest digest;
    private final DigestInputStream digestIn;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char delimiter;
    private final Charset charset;
    private final String[] header;
    private final int headerLine;
    private final IoSupplier reopen;
    private CSVRecord current;
    private int currentLine;
    private boolean failed;

    private CsvTable(String name, ProblemCollector problems, MessageDigest digest, DigestInputStream digestIn,
                     CSVParser parser, char delimiter, Charset charset, IoSupplier reopen) {
        this.name = name;
        this.problems = problems;
        this.digest = digest;
        this.digestIn = digestIn;
        this.parser = parser;
        this.records = parser.iterator();
        this.delimiter = delimiter;
        this.charset = charset;
        this.reopen = reopen;
        String[] h = null;
        int hl = 0;
        while (h == null && advance()) {
            h = current.values();
            hl = currentLine;
        }
        this.header = h;
        this.headerLine = hl;
    }

    /** Opens the bytes of a source again; used to find the line of an encoding error. */
    @FunctionalInterface
    interface IoSupplier {
        InputStream open() throws IOException;
    }

    /**
     * Opens a source as CSV. The stream is read lazily and closed by {@link #close()}.
     *
     * @param name     the file name used in locations
     * @param source   opens the raw bytes (called once to read, and again only to locate an encoding error)
     * @param format   encoding, delimiter, decimal
     */
    static CsvTable open(String name, IoSupplier source, InputFormat format, ProblemCollector problems) throws IOException {
        InputStream in = source.open();
        MessageDigest digest = Sha256.newDigest();
        DigestInputStream digestIn = new DigestInputStream(in, digest);
        PushbackInputStream pin = new PushbackInputStream(digestIn, 3);
        Charset charset = format.encoding();
        byte[] bom = pin.readNBytes(3);
        int keep = bom.length;
        if (bom.length >= 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            keep = 0;
        } else if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            pin.unread(bom, 2, bom.length - 2);
            keep = -1;
        } else if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            pin.unread(bom, 2, bom.length - 2);
            keep = -1;
        }
        if (keep > 0) {
            pin.unread(bom, 0, keep);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(pin, decoder), 1 << 16);
        char delimiter = format.delimiter() != null ? format.delimiter() : detectDelimiter(reader);
        CSVFormat csv = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .get();
        return new CsvTable(name, problems, digest, digestIn, CSVParser.builder().setReader(reader).setFormat(csv).get(),
                delimiter, charset, source);
    }

    /** Reads up to the first non-blank line and counts candidate delimiters outside quotes. */
    private static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(1 << 16);
        String line = "";
        try {
            int read = 0;
            String l;
            while ((l = reader.readLine()) != null) {
                read += l.length() + 2;
                if (!l.isBlank() || read > (1 << 15)) {
                    line = l;
                    break;
                }
            }
        } catch (CharacterCodingException e) {
            line = "";
        }
        reader.reset();
        int comma = 0;
        int semi = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semi++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (tab > comma && tab > semi) {
            return '\t';
        }
        return semi > comma ? ';' : ',';
    }

    /** The file name used in locations. */
    String name() {
        return name;
    }

    /** The detected or configured delimiter. */
    char delimiter() {
        return delimiter;
    }

    /** The header cells as written, or null if the file has no non-blank line. */
    String[] header() {
        return header;
    }

    /** The line of the header row. */
    int headerLine() {
        return headerLine;
    }

    /**
     * Moves to the next non-blank record. Returns false at the end, or after a syntax or encoding
     * error (which is then reported; the rest of the file cannot be trusted).
     */
    boolean next() {
        return advance();
    }

    private boolean advance() {
        if (failed) {
            return false;
        }
        while (true) {
            long before = parser.getCurrentLineNumber();
            try {
                if (!records.hasNext()) {
                    return false;
                }
                current = records.next();
            } catch (UncheckedIOException e) {
                failed = true;
                reportReadFailure(e.getCause(), (int) before + 1);
                return false;
            } catch (IllegalStateException e) {
                failed = true;
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                reportReadFailure(cause, (int) before + 1);
                return false;
            }
            currentLine = (int) before + 1;
            if (!isBlank(current)) {
                return true;
            }
        }
    }

    private void reportReadFailure(Throwable cause, int line) {
        if (cause instanceof CharacterCodingException) {
            problems.error(new Location(name, malformedLine(), 0),
                    ProblemCode.BAD_ENCODING,
                    "bytes that are not valid " + charsetName() + "; save the file as UTF-8 or declare its encoding"
                            + " with input.encoding in edition.properties (e.g. windows-1250)");
        } else {
            String msg = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            problems.error(new Location(name, line, 0), ProblemCode.CSV_SYNTAX,
                    "CSV syntax error starting here: " + msg.replaceAll("\\s+", " ")
                            + "; expected balanced double quotes around values that contain the delimiter");
        }
    }

    /** The line of the first byte sequence that is not valid in the charset, found by decoding again. */
    private int malformedLine() {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        try (InputStream in = new java.io.BufferedInputStream(reopen.open())) {
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 14);
            java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 14);
            byte[] chunk = new byte[1 << 13];
            int n;
            boolean eof = false;
            while (!eof) {
                n = in.read(chunk);
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.put(chunk, 0, n);
                }
                bytes.flip();
                java.nio.charset.CoderResult r = decoder.decode(bytes, chars, eof);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (r.isError()) {
                    return line;
                }
                bytes.compact();
            }
        } catch (IOException e) {
            return line;
        }
        return line;
    }

    private String charsetName() {
        return charset.name();
    }

    private static boolean isBlank(CSVRecord r) {
        for (String v : r) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The line the current record starts on. */
    int line() {
        return currentLine;
    }

    /** The number of fields of the current record. */
    int size() {
        return current.size();
    }

    /** The field at a 0-based index of the current record, or "" if the record is shorter. */
    String field(int index) {
        return index < current.size() ? current.get(index) : "";
    }

    /** The SHA-256 of all bytes read so far, as lowercase hex; call after the last record. */
    String sha256() throws IOException {
        byte[] rest = new byte[8192];
        while (digestIn.read(rest) >= 0) {
            // drain what the parser did not need, so the hash covers the whole file
        }
        return Sha256.hex(digest.digest());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Lower-cases a header name and turns runs of spaces, hyphens and dots into one underscore. */
    static String normaliseHeader(String raw) {
        String s = raw.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && b.length() > 0) {
                    b.append('_');
                }
                gap = false;
                b.append(c);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }
}
