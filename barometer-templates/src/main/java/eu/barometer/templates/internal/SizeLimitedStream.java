package eu.barometer.templates.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes bytes through, fails with {@link Exceeded} once more than a limit would be written, and
 * never closes the stream below (closing only flushes). The renderers' guard against a document
 * that grows without bound.
 */
public final class SizeLimitedStream extends FilterOutputStream {

    /** The limit was reached; nothing past it was written. */
    public static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final long limit;
    private long written;

    /** A stream that accepts at most {@code limit} bytes. */
    public SizeLimitedStream(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    /** True once a write was refused for the limit. */
    public boolean exceeded() {
        return written > limit;
    }

    /** True if a failure, or anything it wraps, comes from a size limit. */
    public static boolean causedByLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Exceeded) {
                return true;
            }
        }
        return false;
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

    private void count(int n) throws Exceeded {
        written += n;
        if (written > limit) {
            throw new Exceeded(limit);
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
