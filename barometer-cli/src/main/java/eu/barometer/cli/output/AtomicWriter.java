package eu.barometer.cli.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Writes files all or nothing. The content goes to a temporary file in the target's folder
 * ({@code .barometer-<name>.tmp-<random>}), is forced to disk, and replaces the target in one
 * atomic rename only when complete. If writing fails, throws, or the process is stopped (a
 * shutdown hook deletes temporary files still in flight), the previous file stays as it was and
 * no partial file is left.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class AtomicWriter {

    /** What goes into a file. */
    @FunctionalInterface
    public interface Content<E extends Exception> {
        /** Writes the content. The stream is closed by the writer, not here. */
        void writeTo(OutputStream out) throws IOException, E;
    }

    private static final String TEMP_PREFIX = ".barometer-";
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    /**
     * Writers hold it (shared) while they create or move a temporary file; the shutdown hook holds
     * it (exclusive) while it deletes them, so no temporary file appears or lands after the hook.
     */
    private static final ReentrantReadWriteLock FILES = new ReentrantReadWriteLock();
    private static volatile boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicWriter::deleteInFlight, "barometer-temp-cleanup"));
    }

    private AtomicWriter() { }

    /**
     * Writes a file atomically, creating its folder if needed.
     *
     * @return the number of bytes written
     * @throws OutputFolderException if the folder cannot be created or written to
     * @throws IOException           if writing or moving fails; the target is unchanged
     * @throws E                     if the content fails; the target is unchanged
     */
    public static <E extends Exception> long write(Path target, Content<E> content) throws IOException, E {
        Path folder = target.toAbsolutePath().getParent();
        createFolder(folder);
        Path temp = createTemp(folder, target.getFileName().toString());
        try {
            long size;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                CountingStream out = new CountingStream(buffered);
                content.writeTo(out);
                buffered.flush();
                channel.force(true);
                size = out.count;
            }
            FILES.readLock().lock();
            try {
                refuseWhenStopping();
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                FILES.readLock().unlock();
            }
            return size;
        } catch (Throwable failure) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        } finally {
            IN_FLIGHT.remove(temp);
        }
    }

    /**
     * Creates a folder (and its parents) if missing and checks that files can be created in it,
     * by creating and deleting a temporary file. Commands call this before they start work, so that
     * an unwritable folder is one clear error rather than one per file.
     *
     * @throws OutputFolderException naming the folder if it cannot be created or written to
     */
    public static void prepareFolder(Path folder) throws OutputFolderException {
        createFolder(folder);
        if (!Files.isWritable(folder)) {
            throw new OutputFolderException(folder, "it is read-only", null);
        }
        try {
            Path probe = createTemp(folder, "probe");
            try {
                Files.deleteIfExists(probe);
            } finally {
                IN_FLIGHT.remove(probe);
            }
        } catch (OutputFolderException e) {
            throw e;
        } catch (IOException e) {
            throw new OutputFolderException(folder, "a file cannot be created in it (" + reason(e) + ")", e);
        }
    }

    private static void createFolder(Path folder) throws OutputFolderException {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new OutputFolderException(folder, "it exists and is not a folder", e);
        } catch (IOException e) {
            throw new OutputFolderException(folder, "it cannot be created (" + reason(e) + ")", e);
        }
    }

    /** The temporary files being written right now. For tests and the shutdown hook. */
    static Set<Path> inFlight() {
        return Collections.unmodifiableSet(new HashSet<>(IN_FLIGHT));
    }

    /** True for the names of this writer's temporary files. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(TEMP_PREFIX) && name.contains(".tmp-");
    }

    private static Path createTemp(Path folder, String name) throws IOException {
        FILES.readLock().lock();
        try {
            refuseWhenStopping();
            return createTempLocked(folder, name);
        } finally {
            FILES.readLock().unlock();
        }
    }

    private static void refuseWhenStopping() throws InterruptedIOException {
        if (stopping) {
            throw new InterruptedIOException("the process is stopping; the file was not written");
        }
    }

    private static Path createTempLocked(Path folder, String name) throws OutputFolderException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve(TEMP_PREFIX + name + ".tmp-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36));
            IN_FLIGHT.add(temp);
            try {
                // CREATE_NEW keeps the umask's permissions (createTempFile would make it private).
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                IN_FLIGHT.remove(temp);
                if (attempt > 10) {
                    throw new OutputFolderException(folder, "no free temporary file name", e);
                }
            } catch (IOException e) {
                IN_FLIGHT.remove(temp);
                throw new OutputFolderException(folder, "a file cannot be created in it (" + reason(e) + ")", e);
            }
        }
    }

    private static void deleteInFlight() {
        boolean locked = false;
        try {
            // A writer holds the lock only for a create or a rename; do not let a stuck file system hang the exit.
            locked = FILES.writeLock().tryLock(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopping = true;
        try {
            deleteAll();
        } finally {
            if (locked) {
                FILES.writeLock().unlock();
            }
        }
    }

    private static void deleteAll() {
        for (Path p : IN_FLIGHT) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException e) {
                // The process is ending; nothing better to do than try the next one.
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Counts the bytes; closing it only flushes. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        // Some libraries close the stream they are given; the writer must still force and move the file.
        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
