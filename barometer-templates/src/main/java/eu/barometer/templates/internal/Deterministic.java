package eu.barometer.templates.internal;

import eu.barometer.core.internal.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Removes what the libraries take from the clock and from random sources, so that the same
 * inputs give the same bytes whatever the host's time zone, locale, wall clock or thread count:
 * PDF font-subset prefixes and file ids, and zip entry times and document-property dates in
 * DOCX and XLSX packages (including the workbooks embedded in Word charts).
 */
public final class Deterministic {

    private static final Pattern SUBSET = Pattern.compile("/(?:BaseFont|FontName)\\s*/([A-Z]{6})\\+");
    private static final Pattern WIDTHS = Pattern.compile("/W\\s*\\[");
    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>\\s*]");
    private static final Pattern CORE_DATE = Pattern.compile("(<dcterms:(created|modified)\\b[^>]*>)[^<]*(</dcterms:\\2>)");

    private Deterministic() { }

    /** Midnight UTC of a day, as a calendar for libraries that want one. */
    public static Calendar calendar(LocalDate day) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        c.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    /**
     * A PDF with font-subset prefixes derived from each subset's content and a file id derived from
     * the content. Edits keep every byte offset, so the cross-reference table stays valid.
     */
    public static byte[] pdf(byte[] pdf, LocalDate date) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        byte[] out = pdf.clone();
        Map<String, String> prefixes = subsetPrefixes(text);
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            byte[] from = ("/" + e.getKey() + "+").getBytes(StandardCharsets.ISO_8859_1);
            byte[] to = ("/" + e.getValue() + "+").getBytes(StandardCharsets.ISO_8859_1);
            for (int i = indexOf(out, from, 0); i >= 0; i = indexOf(out, from, i + from.length)) {
                System.arraycopy(to, 0, out, i, to.length);
            }
        }
        Matcher id = ID.matcher(text);
        int start = -1;
        while (id.find()) {
            start = id.start();
        }
        if (start >= 0 && id.find(start)) {
            int a = id.start(1);
            int aLen = id.end(1) - a;
            int b = id.start(2);
            int bLen = id.end(2) - b;
            java.util.Arrays.fill(out, a, a + aLen, (byte) '0');
            java.util.Arrays.fill(out, b, b + bLen, (byte) '0');
            String hex = HexFormat.of().formatHex(sha256(out, date.toString().getBytes(StandardCharsets.US_ASCII)));
            while (hex.length() < Math.max(aLen, bLen)) {
                hex = hex + hex;
            }
            System.arraycopy(hex.substring(0, aLen).getBytes(StandardCharsets.US_ASCII), 0, out, a, aLen);
            System.arraycopy(hex.substring(0, bLen).getBytes(StandardCharsets.US_ASCII), 0, out, b, bLen);
        }
        return out;
    }

    /**
     * The library's random subset prefix to one derived from the subset: the font's name and the
     * glyphs it holds with their widths (the {@code /W} array of its CIDFont dictionary), so that
     * two different subsets, in one PDF or in two, get different prefixes (a merged PDF keeps them
     * apart) and the same subset always gets the same one. A subset whose dictionary has no
     * {@code /W} array falls back to its name and its place among the subsets.
     */
    static Map<String, String> subsetPrefixes(String text) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> widths = new HashMap<>();
        Matcher m = SUBSET.matcher(text);
        while (m.find()) {
            names.putIfAbsent(m.group(1), fontName(text, m.end()));
            String w = widthsOfDictionary(text, m.start());
            if (w != null) {
                widths.putIfAbsent(m.group(1), w);
            }
        }
        Map<String, String> prefixes = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String w = widths.get(e.getKey());
            String basis = e.getValue() + "\n" + (w == null ? "#" + prefixes.size() : w);
            String prefix = letters(sha256(basis.getBytes(StandardCharsets.ISO_8859_1)));
            for (int salt = 1; !taken.add(prefix); salt++) {
                prefix = letters(sha256((salt + ":" + basis).getBytes(StandardCharsets.ISO_8859_1)));
            }
            prefixes.put(e.getKey(), prefix);
        }
        return prefixes;
    }

    private static String fontName(String text, int nameStart) {
        int end = nameStart;
        while (end < text.length() && end - nameStart < 64 && !isDelimiter(text.charAt(end))) {
            end++;
        }
        return text.substring(nameStart, end);
    }

    /** The {@code /W [...]} array of the (stream-less) object around a position, or null if it has none. */
    private static String widthsOfDictionary(String text, int at) {
        int start = text.lastIndexOf(" obj", at);
        int end = text.indexOf("endobj", at);
        if (start < 0 || end < 0) {
            return null;
        }
        String object = text.substring(start, end);
        Matcher w = WIDTHS.matcher(object);
        if (!w.find()) {
            return null;
        }
        int depth = 0;
        for (int i = w.end() - 1; i < object.length(); i++) {
            char c = object.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return object.substring(w.start(), i + 1);
            }
        }
        return null;
    }

    private static String letters(byte[] h) {
        StringBuilder b = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            b.append((char) ('A' + (h[i] & 0xFF) % 26));
        }
        return b.toString();
    }

    private static boolean isDelimiter(char c) {
        return Character.isWhitespace(c) || "/<>[]()".indexOf(c) >= 0;
    }

    /**
     * Copies a zip package (DOCX, XLSX) entry by entry in its own order, giving every entry the
     * same time (the day given, in local zip time so no time zone enters) and the same
     * compression, with the dates in {@code docProps/core.xml} set to that day and embedded
     * packages treated the same way. Large entries are streamed, not held in memory.
     */
    public static void zip(InputStream in, OutputStream out, LocalDate date) throws IOException {
        zip(in, out, date.atStartOfDay());
    }

    /**
     * Copies a zip package as {@link #zip(InputStream, OutputStream, LocalDate)} does, every
     * entry dated {@code time} (local zip time) and the core properties dated its day.
     */
    public static void zip(InputStream in, OutputStream out, java.time.LocalDateTime time) throws IOException {
        LocalDate date = time.toLocalDate();
        ZipInputStream zin = new ZipInputStream(in);
        ZipOutputStream zout = new ZipOutputStream(new NonClosing(out));
        zout.setLevel(Deflater.DEFAULT_COMPRESSION);
        ZipEntry e;
        byte[] buffer = new byte[1 << 16];
        while ((e = zin.getNextEntry()) != null) {
            zout.putNextEntry(entry(e.getName(), time));
            String name = e.getName().toLowerCase(Locale.ROOT);
            if (name.equals("docprops/core.xml")) {
                String xml = new String(zin.readAllBytes(), StandardCharsets.UTF_8);
                xml = CORE_DATE.matcher(xml).replaceAll("$1" + date + "T00:00:00Z$3");
                zout.write(xml.getBytes(StandardCharsets.UTF_8));
            } else if (name.endsWith(".xlsx") || name.endsWith(".docx") || name.endsWith(".xlsm")) {
                zip(new java.io.ByteArrayInputStream(zin.readAllBytes()), zout, time);
            } else {
                int n;
                while ((n = zin.read(buffer)) >= 0) {
                    zout.write(buffer, 0, n);
                }
            }
            zout.closeEntry();
        }
        zout.finish();
        zout.flush();
    }

    /** A zip entry dated {@code time} in local zip time, so that neither the clock nor the time zone enters. */
    public static ZipEntry entry(String name, java.time.LocalDateTime time) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        return e;
    }

    private static byte[] sha256(byte[]... parts) {
        return Sha256.of(parts);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Lets a nested zip finish without closing the outer stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
