package newsdesk.cli;

import java.io.PrintStream;
import newsdesk.article.IngestListener;

/** A one-line progress bar on standard error, redrawn at most every 100 ms, shown only for runs of a few files or more. */
final class ProgressBar implements IngestListener {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public void progress(int done, int total, String current) {
        long now = System.nanoTime();
        boolean finished = done >= total;
        if (total < 5 || (!finished && now - lastDraw < 100_000_000L)) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String name = current == null ? "" : current;
        if (name.length() > 40) {
            name = "…" + name.substring(name.length() - 39);
        }
        err.printf("\r[%s%s] %d/%d %-40s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, name);
        drawn = true;
        if (finished && drawn) {
            err.println();
        }
        err.flush();
    }
}
