package eu.barometer.templates.chart;

import eu.barometer.templates.internal.FontFiles;

import java.nio.ByteBuffer;

/**
 * Advance widths of Liberation Sans Regular, read from the font file's {@code cmap}, {@code head},
 * {@code hhea} and {@code hmtx} tables: the widths that the PDF's embedded font gives a chart's
 * labels and that a browser gives the SVG's, measured without AWT's font system (which would load
 * fontconfig and a few hundred classes for an HTML edition). No kerning, as in the PDF.
 */
final class TextWidths {

    /** Liberation Sans Regular. */
    static final TextWidths SANS = new TextWidths(FontFiles.bytes("LiberationSans-Regular.ttf"));

    private final float unitsPerEm;
    /** Advance of each BMP character in font units; -1 where not yet looked up. */
    private final short[] advances = new short[0x10000];
    private final ByteBuffer font;
    private final int cmap;
    private final int hmtx;
    private final int metrics;

    private TextWidths(byte[] ttf) {
        font = ByteBuffer.wrap(ttf).asReadOnlyBuffer();
        int tables = font.getShort(4) & 0xFFFF;
        int head = -1;
        int hhea = -1;
        int cmapTable = -1;
        int hmtxTable = -1;
        for (int i = 0; i < tables; i++) {
            int rec = 12 + 16 * i;
            String tag = new String(new byte[]{font.get(rec), font.get(rec + 1), font.get(rec + 2), font.get(rec + 3)},
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            int offset = font.getInt(rec + 8);
            switch (tag) {
                case "head" -> head = offset;
                case "hhea" -> hhea = offset;
                case "cmap" -> cmapTable = offset;
                case "hmtx" -> hmtxTable = offset;
                default -> { }
            }
        }
        if (head < 0 || hhea < 0 || cmapTable < 0 || hmtxTable < 0) {
            throw new IllegalStateException("LiberationSans-Regular.ttf lacks a head, hhea, cmap or hmtx table");
        }
        unitsPerEm = font.getShort(head + 18) & 0xFFFF;
        metrics = font.getShort(hhea + 34) & 0xFFFF;
        hmtx = hmtxTable;
        cmap = unicodeSubtable(cmapTable);
        java.util.Arrays.fill(advances, (short) -1);
    }

    /** The offset of the Windows Unicode BMP subtable (platform 3, encoding 1, format 4). */
    private int unicodeSubtable(int table) {
        int n = font.getShort(table + 2) & 0xFFFF;
        for (int i = 0; i < n; i++) {
            int rec = table + 4 + 8 * i;
            int platform = font.getShort(rec) & 0xFFFF;
            int encoding = font.getShort(rec + 2) & 0xFFFF;
            int sub = table + font.getInt(rec + 4);
            if (platform == 3 && encoding == 1 && (font.getShort(sub) & 0xFFFF) == 4) {
                return sub;
            }
        }
        throw new IllegalStateException("LiberationSans-Regular.ttf has no Unicode BMP character map");
    }

    /** The width of a text at a font size, in the size's unit. */
    float width(String s, float size) {
        long units = 0;
        for (int i = 0; i < s.length(); i++) {
            units += advance(s.charAt(i));
        }
        return units * size / unitsPerEm;
    }

    private int advance(char c) {
        short a = advances[c];
        if (a < 0) {
            int glyph = glyph(c);
            int at = hmtx + 4 * Math.min(glyph, metrics - 1);
            a = (short) Math.min(Short.MAX_VALUE, font.getShort(at) & 0xFFFF);
            advances[c] = a;
        }
        return a;
    }

    /** The glyph of a character by the format 4 map; 0 (.notdef) if the font has none. */
    private int glyph(char c) {
        int segX2 = font.getShort(cmap + 6) & 0xFFFF;
        int ends = cmap + 14;
        int starts = ends + segX2 + 2;
        int deltas = starts + segX2;
        int ranges = deltas + segX2;
        for (int s = 0; s < segX2; s += 2) {
            int end = font.getShort(ends + s) & 0xFFFF;
            if (c > end) {
                continue;
            }
            int start = font.getShort(starts + s) & 0xFFFF;
            if (c < start) {
                return 0;
            }
            int delta = font.getShort(deltas + s);
            int rangeOffset = font.getShort(ranges + s) & 0xFFFF;
            if (rangeOffset == 0) {
                return (c + delta) & 0xFFFF;
            }
            int g = font.getShort(ranges + s + rangeOffset + 2 * (c - start)) & 0xFFFF;
            return g == 0 ? 0 : (g + delta) & 0xFFFF;
        }
        return 0;
    }
}
