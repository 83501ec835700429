package eu.barometer.templates.internal;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;

/**
 * The time limit of one template run. FreeMarker calls {@link #enterElement} before every
 * instruction (and, with the set's interruption checks, on every loop pass even with an empty
 * body); the output writer checks too. Past the deadline both throw {@link Exceeded}, which stops
 * the run at once. Also refuses {@code #setting}, which could switch the locale and make includes
 * bypass the set's prepared templates. One instance per run.
 */
public final class Deadline implements TemplateProcessingTracer {

    private final long deadlineNanos;
    private final Duration limit;
    private TracedElement last;

    public Deadline(Duration limit) {
        this.limit = limit;
        this.deadlineNanos = System.nanoTime() + limit.toNanos();
    }

    /** Thrown when the run passes its deadline or uses a refused directive. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient TracedElement element;

        Exceeded(String message, TracedElement element) {
            super(message, null, false, false);
            this.element = element;
        }

        /** The instruction that was running, or null if the writer noticed. */
        public TracedElement element() {
            return element;
        }
    }

    @Override
    public void enterElement(Environment env, TracedElement te) {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new Exceeded(message(), te);
        }
        // Compared by class name: describing every element would cost more than the template itself.
        if (te.getClass().getName().equals(SETTING_ELEMENT)) {
            throw new Exceeded("#setting is not allowed in a template set: numbers, dates and the language come "
                    + "formatted from the template model", te);
        }
        last = te;
    }

    private static final String SETTING_ELEMENT = "freemarker.core.PropertySetting";

    @Override
    public void exitElement(Environment env, TracedElement te) {
        // Only entering needs a check.
    }

    /** The exception for a run stopped by the watchdog, outside any instruction. */
    public Exceeded timeout() {
        return new Exceeded(message(), null);
    }

    String message() {
        return "the template ran longer than its time limit of " + limit.toMillis() + " ms and was stopped"
                + " (an endless or very long #list loop?)";
    }

    /** The last instruction entered, or null. */
    public TracedElement last() {
        return last;
    }

    /** A writer that checks the deadline and a size limit on every write. */
    public Writer guard(Writer out, long maxChars) {
        return new Writer() {
            private long written;

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                check(len);
                out.write(cbuf, off, len);
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                check(len);
                out.write(str, off, len);
            }

            private int calls;

            private void check(int len) {
                written += len;
                // Reading the clock on every small write would cost more than the writing.
                if ((++calls & 63) == 0 && System.nanoTime() - deadlineNanos > 0) {
                    throw new Exceeded(message(), null);
                }
                if (written > maxChars) {
                    throw new Exceeded("the template produced more than " + maxChars + " characters, the size limit", null);
                }
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }
}
