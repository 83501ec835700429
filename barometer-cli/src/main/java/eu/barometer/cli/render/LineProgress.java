package eu.barometer.cli.render;

import eu.barometer.cli.text.Units;

import java.io.PrintWriter;

/**
 * Progress as plain lines, one per finished job, for logs and pipes:
 * {@code [3/24] 2023-Q3 sl pdf: wrote out/barometer-2023-Q3-sl.pdf (312.4 KB, 85 ms)}.
 *
 * @since 0.1
 */
public final class LineProgress implements Progress {

    private final PrintWriter out;
    private int total;
    private int done;

    /** Progress printed to a writer. */
    public LineProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void start(int jobs) {
        total = jobs;
        done = 0;
    }

    @Override
    public synchronized void ended(Outcome o) {
        done++;
        String head = "[" + done + "/" + total + "] " + o.job().label() + ": ";
        if (o.ok()) {
            out.println(head + "wrote " + o.job().target() + " (" + Units.size(o.bytes()) + ", " + Units.duration(o.time()) + ")");
        } else {
            out.println(head + "FAILED: " + o.problems().get(0)
                    + (o.problems().size() > 1 ? " (and " + (o.problems().size() - 1) + " more)" : ""));
        }
        out.flush();
    }
}
