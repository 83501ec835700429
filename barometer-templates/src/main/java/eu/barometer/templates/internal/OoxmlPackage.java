package eu.barometer.templates.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.ZipOutputStream;

/**
 * The zip container of a workbook, written part by part straight into the output: every entry
 * carries the same time (midnight of the document's date, as local zip time, so neither the
 * clock nor the time zone enters), and Zip64 records appear only when a part needs them.
 * Closing finishes the zip but leaves the stream below open.
 */
public final class OoxmlPackage implements AutoCloseable {

    private final ZipOutputStream zip;
    private final LocalDateTime time;
    /** One writer (and its 64 KB buffer) for every part, drained at the end of each. */
    private final XmlOut xml;
    private boolean open;

    /**
     * @param level the deflate level, e.g. {@link java.util.zip.Deflater#BEST_SPEED} for very large workbooks
     */
    public OoxmlPackage(OutputStream out, LocalDate day, int level) {
        // The deflater hands over 512 bytes at a time: buffered here, not once per chunk below.
        this.zip = new ZipOutputStream(new BufferedOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        }, 1 << 16));
        this.zip.setLevel(level);
        this.time = day.atStartOfDay();
        this.xml = new XmlOut(zip);
    }

    /** Starts a part, e.g. {@code xl/workbook.xml}, and returns its writer; the XML declaration is written. */
    public XmlOut part(String name) {
        if (open) {
            throw new IllegalStateException("a part is still open");
        }
        try {
            zip.putNextEntry(Deterministic.entry(name, time));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        open = true;
        return xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    }

    /** Ends the open part. */
    public void end() {
        xml.drain();
        open = false;
        try {
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
