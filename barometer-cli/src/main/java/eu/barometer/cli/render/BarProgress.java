package eu.barometer.cli.render;

import eu.barometer.cli.text.Units;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Progress as a bar redrawn in place on a terminal, with the count, the job being worked on and
 * the time left: {@code [#########-----------]  9/24  2023-Q3 sl pdf  ETA 0:04}. Failures are
 * printed above the bar as they happen.
 *
 * @since 0.1
 */
public final class BarProgress implements Progress {

    private static final String CLEAR_LINE = "\r\033[K";
    private static final int BAR = 24;

    private final PrintWriter out;
    private final int width;
    private final Set<String> running = new LinkedHashSet<>();
    private int total;
    private int done;
    private int failed;
    private long startNanos;

    /**
     * A bar on a terminal.
     *
     * @param width the terminal's width in characters; longer lines are cut
     */
    public BarProgress(PrintWriter out, int width) {
        this.out = out;
        this.width = Math.max(40, width);
    }

    /** The width from {@code COLUMNS}, or 80. */
    public static int terminalWidth() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").trim());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    @Override
    public synchronized void start(int jobs) {
        total = jobs;
        done = 0;
        failed = 0;
        startNanos = System.nanoTime();
        draw();
    }

    @Override
    public synchronized void started(Job job) {
        running.add(job.label());
        draw();
    }

    @Override
    public synchronized void ended(Outcome o) {
        running.remove(o.job().label());
        done++;
        if (!o.ok()) {
            failed++;
            out.print(CLEAR_LINE);
            out.println("FAILED " + o.job().label() + ": " + o.problems().get(0));
        }
        draw();
    }

    @Override
    public synchronized void finish() {
        out.print(CLEAR_LINE);
        out.flush();
    }

    private void draw() {
        int filled = total == 0 ? BAR : done * BAR / total;
        StringBuilder b = new StringBuilder(CLEAR_LINE).append('[')
                .append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ")
                .append(done).append('/').append(total);
        if (failed > 0) {
            b.append(" (").append(failed).append(" failed)");
        }
        if (!running.isEmpty()) {
            b.append("  ").append(running.iterator().next());
            if (running.size() > 1) {
                b.append(" +").append(running.size() - 1);
            }
        }
        if (done > 0 && done < total) {
            long elapsed = System.nanoTime() - startNanos;
            b.append("  ETA ").append(Units.duration(Duration.ofNanos(elapsed / done * (total - done))));
        }
        String line = b.toString();
        int visible = line.length() - CLEAR_LINE.length();
        out.print(visible > width - 1 ? line.substring(0, CLEAR_LINE.length() + width - 1) : line);
        out.flush();
    }
}
