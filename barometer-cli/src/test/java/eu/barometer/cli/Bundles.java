package eu.barometer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The sample bundles, and broken copies of them for tests. */
final class Bundles {

    private Bundles() { }

    /** The samples folder (system property {@code barometer.samples}, set by Surefire). */
    static Path samples() {
        return Path.of(System.getProperty("barometer.samples", "../samples"));
    }

    /** A sample bundle, e.g. {@code 2023-Q3}. */
    static Path sample(String id) {
        return samples().resolve(id);
    }

    /** A copy of a sample bundle in {@code folder}. */
    static Path copy(String id, Path folder) {
        Path to = folder.resolve(id);
        copyTree(sample(id), to);
        return to;
    }

    /** Copies a folder tree. */
    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces a 1-based line of a file; returns the old line. */
    static String replaceLine(Path file, int line, String text) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            String old = lines.set(line - 1, text);
            Files.write(file, lines, StandardCharsets.UTF_8);
            return old;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 1-based line of a file. */
    static String lineOf(Path file, int line) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).get(line - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a text file. */
    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of 2023-Q3 with a negative count in eurojust.csv line 3, field 3. */
    static Path broken(Path folder) {
        Path b = copy("2023-Q3", folder);
        String old = replaceLine(b.resolve("eurojust.csv"), 3, "BE;2022-Q2;-4;13;0;2;1;");
        if (!old.equals("BE;2022-Q2;4;13;0;2;1;")) {
            throw new IllegalStateException("the sample changed; adapt the test bundle: " + old);
        }
        return b;
    }
}
