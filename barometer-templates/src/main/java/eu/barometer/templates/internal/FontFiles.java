package eu.barometer.templates.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Liberation fonts (SIL OFL) shipped by {@code openpdf-fonts-extra}: read once from the
 * classpath, registered with AWT so charts measure and draw with the same fonts the PDF embeds.
 * They cover Latin, Greek and Cyrillic, the scripts of every EU language.
 */
public final class FontFiles {

    /** File name (without folder) to family and AWT style. */
    public static final Map<String, String> FILES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        for (String family : new String[]{"Serif", "Sans"}) {
            m.put("Liberation" + family + "-Regular.ttf", "Liberation " + family);
            m.put("Liberation" + family + "-Bold.ttf", "Liberation " + family);
            m.put("Liberation" + family + "-Italic.ttf", "Liberation " + family);
            m.put("Liberation" + family + "-BoldItalic.ttf", "Liberation " + family);
        }
        FILES = java.util.Collections.unmodifiableMap(m);
    }

    private static final Map<String, byte[]> BYTES = new LinkedHashMap<>();
    private static final Map<String, Font> AWT = new LinkedHashMap<>();

    static {
        GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String f : FILES.keySet()) {
            try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream("liberation/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("font liberation/" + f + " is missing from the classpath (openpdf-fonts-extra)");
                }
                byte[] b = in.readAllBytes();
                BYTES.put(f, b);
                Font font = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(b));
                ge.registerFont(font);
                AWT.put(f, font);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("font " + f + " cannot be read: " + e.getMessage(), e);
            }
        }
    }

    private FontFiles() { }

    /** The bytes of a font file, e.g. {@code LiberationSans-Bold.ttf}. Shared: do not modify. */
    public static byte[] bytes(String file) {
        return BYTES.get(file);
    }

    /** Liberation Sans in an AWT style ({@link Font#PLAIN}, {@link Font#BOLD}, …) and size. */
    public static Font sans(int style, float size) {
        String file = "LiberationSans-" + switch (style) {
            case Font.BOLD -> "Bold";
            case Font.ITALIC -> "Italic";
            case Font.BOLD | Font.ITALIC -> "BoldItalic";
            default -> "Regular";
        } + ".ttf";
        return AWT.get(file).deriveFont(size);
    }

    /** The file of an AWT font of these families, by its name and style; Liberation Sans for any other family. */
    public static String fileOf(Font font) {
        String family = font.getFamily(java.util.Locale.ROOT);
        String name = font.getFontName(java.util.Locale.ROOT);
        String kind = family.contains("Serif") && !family.contains("Sans") ? "Serif" : "Sans";
        boolean bold = font.isBold() || name.contains("Bold");
        boolean italic = font.isItalic() || name.contains("Italic");
        String style = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
        return "Liberation" + kind + "-" + style + ".ttf";
    }
}
