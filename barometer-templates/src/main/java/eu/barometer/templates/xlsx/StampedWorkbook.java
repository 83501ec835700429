package eu.barometer.templates.xlsx;

import eu.barometer.templates.internal.SizeLimitedStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A streaming workbook whose zip entries all carry one fixed time, midnight of the document's
 * date, instead of the moment POI wrote them: the same edition gives the same bytes.
 */
final class StampedWorkbook extends SXSSFWorkbook {

    /** Thrown while writing when the workbook grows past its size limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the workbook is larger than the limit of " + limit + " bytes");
        }
    }

    private final long time;
    private final int level;

    /**
     * @param level the deflate level: {@link java.util.zip.Deflater#BEST_SPEED} for very large
     *              workbooks, where deflating is the larger part of the time
     */
    StampedWorkbook(XSSFWorkbook workbook, int rowWindow, LocalDate day, int level) {
        super(workbook, rowWindow, false, false);
        this.level = level;
        // A DOS time holds local fields; the instant in the default zone gives the same fields anywhere.
        this.time = day.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zos = new ZipArchiveOutputStream(out) {
            @Override
            public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                entry.setTime(time);
                super.putArchiveEntry(entry);
            }
        };
        // POI asks for Zip64 records on every entry; LibreOffice 7.4 then refuses the file. Entries
        // stay far below 4 GiB (a million rows is about 100 MB of XML), so only as needed.
        zos.setUseZip64(Zip64Mode.AsNeeded);
        zos.setLevel(level);
        return zos;
    }

    /** Writes the workbook, refusing to write more than {@code maxBytes}; the stream is not closed. */
    void write(OutputStream out, long maxBytes) throws IOException {
        SizeLimitedStream limited = new SizeLimitedStream(out, maxBytes);
        try {
            write(limited);
        } catch (IOException e) {
            // POI closes its zip stream on the way out, and that failure hides ours.
            if (limited.exceeded()) {
                throw new TooLarge(maxBytes);
            }
            throw e;
        }
    }
}
