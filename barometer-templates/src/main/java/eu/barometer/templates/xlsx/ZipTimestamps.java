package eu.barometer.templates.xlsx;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Enumeration;

/**
 * Copies a zip file with every entry stamped with one fixed time instead of the moment POI wrote
 * it, so the same edition gives the same bytes. Entries are copied raw (no inflating and
 * deflating again), in their order; the output is not closed.
 */
final class ZipTimestamps {

    /** Thrown by the copy when the output would grow past its limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the workbook is larger than the limit of " + limit + " bytes");
        }
    }

    private ZipTimestamps() { }

    /**
     * Copies {@code zip} to {@code out} with all entry times set to midnight of {@code day}.
     *
     * @throws TooLarge if more than {@code maxBytes} would be written
     */
    static void copy(Path zip, LocalDate day, long maxBytes, OutputStream out) throws IOException {
        // A DOS time holds local fields; computing the instant in the default zone gives the same fields anywhere.
        long time = day.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipFile in = ZipFile.builder().setPath(zip).get()) {
            ZipArchiveOutputStream zos = new ZipArchiveOutputStream(new Limited(out, maxBytes));
            Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry src = entries.nextElement();
                ZipArchiveEntry e = new ZipArchiveEntry(src.getName());
                e.setMethod(src.getMethod());
                e.setCrc(src.getCrc());
                e.setSize(src.getSize());
                e.setCompressedSize(src.getCompressedSize());
                e.setTime(time);
                zos.addRawArchiveEntry(e, in.getRawInputStream(src));
            }
            zos.finish();
            zos.flush();
        }
    }

    /** Counts what passes through, refuses to pass the limit, and never closes the target. */
    private static final class Limited extends FilterOutputStream {
        private final long limit;
        private long written;

        Limited(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) throws IOException {
            written += n;
            if (written > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
