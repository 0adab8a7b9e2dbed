package newsdesk.feeds;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The background threads of the feed poller and the folder watch: one each, named, never keeping the JVM alive. */
final class DaemonThreads {
    private DaemonThreads() {
    }

    static ScheduledExecutorService single(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
