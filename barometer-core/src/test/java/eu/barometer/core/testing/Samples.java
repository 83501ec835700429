package eu.barometer.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds the bundled samples and makes editable copies of them for tests (shared through the test-jar). */
public final class Samples {

    private Samples() { }

    /** The samples folder: system property {@code barometer.samples}, else {@code ../samples}. */
    public static Path root() {
        String p = System.getProperty("barometer.samples");
        Path root = p != null ? Path.of(p) : Path.of("..", "samples");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("samples folder not found at " + root.toAbsolutePath());
        }
        return root;
    }

    /** A sample bundle, e.g. {@code 2023-Q3}. */
    public static Path bundle(String id) {
        return root().resolve(id);
    }

    /** Copies a sample bundle into {@code target} (created) and returns it. */
    public static Path copy(String id, Path target) {
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(bundle(id))) {
                for (Path f : files.toList()) {
                    Files.copy(f, target.resolve(f.getFileName().toString()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file as UTF-8. */
    public static Path write(Path file, String text) {
        return write(file, text, StandardCharsets.UTF_8);
    }

    /** Writes a file in an encoding. */
    public static Path write(Path file, String text, Charset charset) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, charset);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of a text in a file; fails if it is absent. */
    public static void replace(Path file, String from, String to) {
        try {
            String s = Files.readString(file);
            if (!s.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain '" + from + "'");
            }
            Files.writeString(file, s.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
