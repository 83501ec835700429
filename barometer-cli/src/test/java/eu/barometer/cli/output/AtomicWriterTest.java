package eu.barometer.cli.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicWriterTest {

    @TempDir
    Path tmp;

    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void writeHalfThenThrow(OutputStream out, Exception e) throws IOException, Failure {
        out.write(new byte[100_000]);   // more than the buffer: bytes reach the temporary file
        out.flush();
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof Failure f) {
            throw f;
        }
        throw (RuntimeException) e;
    }

    @Test
    void replacesTheTargetOnlyWhenTheContentIsComplete() throws Exception {
        Path target = tmp.resolve("edition.pdf");
        Files.writeString(target, "old");
        long size = AtomicWriter.write(target, out -> {
            out.write("new ".getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals("old", Files.readString(target), "the target must not change while writing");
            List<String> during = names(tmp);
            assertEquals(2, during.size(), during::toString);
            assertTrue(during.get(0).startsWith(".barometer-edition.pdf.tmp-"), during::toString);
            out.write("content".getBytes(StandardCharsets.UTF_8));
        });
        assertEquals("new content", Files.readString(target));
        assertEquals(11, size);
        assertEquals(List.of("edition.pdf"), names(tmp));
        assertTrue(AtomicWriter.inFlight().isEmpty());
    }

    @Test
    void keepsThePreviousFileWhenTheContentFailsMidStream() throws Exception {
        Path target = tmp.resolve("edition.pdf");
        Files.writeString(target, "previous good file");
        for (Exception e : List.of(new IOException("disk full"), new Failure("template broke"), new IllegalStateException("bug"))) {
            Exception thrown = assertThrows(Exception.class, () -> AtomicWriter.write(target, out -> writeHalfThenThrow(out, e)));
            assertEquals(e, thrown);
            assertEquals("previous good file", Files.readString(target));
            assertEquals(List.of("edition.pdf"), names(tmp), "no temporary file may be left");
        }
        assertTrue(AtomicWriter.inFlight().isEmpty());
    }

    @Test
    void leavesNothingWhenTheFirstWriteFails() throws Exception {
        Path target = tmp.resolve("new.docx");
        assertThrows(Failure.class, () -> AtomicWriter.write(target, out -> writeHalfThenThrow(out, new Failure("x"))));
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void toleratesContentThatClosesTheStream() throws Exception {
        Path target = tmp.resolve("closed.xlsx");
        AtomicWriter.write(target, out -> {
            out.write(42);
            out.close();
        });
        assertEquals(1, Files.size(target));
    }

    @Test
    void createsAMissingFolder() throws Exception {
        Path target = tmp.resolve("a/b/c/out.html");
        AtomicWriter.write(target, out -> out.write('x'));
        assertEquals("x", Files.readString(target));
    }

    @Test
    void namesTheFolderWhenItIsAFile() throws Exception {
        Path file = tmp.resolve("out");
        Files.writeString(file, "");
        OutputFolderException e = assertThrows(OutputFolderException.class,
                () -> AtomicWriter.write(file.resolve("x.pdf"), out -> out.write('x')));
        assertEquals("cannot write to the output folder " + file + ": it exists and is not a folder", e.getMessage());
    }

    @Test
    void namesAReadOnlyFolder() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path ro = Files.createDirectory(tmp.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            OutputFolderException e = assertThrows(OutputFolderException.class,
                    () -> AtomicWriter.write(ro.resolve("x.pdf"), out -> out.write('x')));
            assertEquals("cannot write to the output folder " + ro + ": it is read-only", e.getMessage());
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void givesTheFileTheUsualPermissions() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(tmp.resolve("plain.txt"), "x");
        Path target = tmp.resolve("atomic.txt");
        AtomicWriter.write(target, out -> out.write('x'));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    }

    @Test
    void deletesTheTemporaryFileWhenTheProcessIsStopped() throws Exception {
        Path target = tmp.resolve("edition.pdf");
        Files.writeString(target, "previous good file");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SlowWriter.class.getName(), target.toString())
                .redirectErrorStream(true).start();
        try {
            // Wait until the writer has started writing, then stop it as Ctrl-C would (SIGTERM runs shutdown hooks too).
            String first = new String(p.getInputStream().readNBytes("writing\n".length()), StandardCharsets.UTF_8);
            assertEquals("writing\n", first);
            assertEquals(2, names(tmp).size(), () -> "expected a temporary file: " + uncheckedNames(tmp));
            p.destroy();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the writer did not stop");
        } finally {
            p.destroyForcibly();
        }
        assertEquals("previous good file", Files.readString(target));
        assertEquals(List.of("edition.pdf"), names(tmp));
        assertFalse(Files.exists(tmp.resolve("edition.pdf.tmp")));
    }

    private static List<String> uncheckedNames(Path folder) {
        try {
            return names(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file that never completes, until the process is stopped. */
    public static final class SlowWriter {
        public static void main(String[] args) throws Exception {
            AtomicWriter.write(Path.of(args[0]), out -> {
                out.write(new byte[100_000]);
                out.flush();
                System.out.print("writing\n");
                System.out.flush();
                Thread.sleep(60_000);
            });
        }
    }
}
