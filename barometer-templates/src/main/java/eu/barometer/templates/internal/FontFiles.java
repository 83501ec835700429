package eu.barometer.templates.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Liberation fonts (SIL OFL) shipped by {@code openpdf-fonts-extra}: read once per process
 * from the classpath and shared (the PDF embeds them, the charts measure their labels with them).
 * No AWT font is made: AWT's font system (fontconfig, a few hundred classes) is not needed.
 * They cover Latin, Greek and Cyrillic, the scripts of every EU language.
 */
public final class FontFiles {

    /** File name (without folder) to family. */
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
    static {
        for (String f : FILES.keySet()) {
            try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream("liberation/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("font liberation/" + f + " is missing from the classpath (openpdf-fonts-extra)");
                }
                BYTES.put(f, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private FontFiles() { }

    /** The bytes of a font file, e.g. {@code LiberationSans-Bold.ttf}. Shared: do not modify. */
    public static byte[] bytes(String file) {
        return BYTES.get(file);
    }
}
