package newsdesk.briefing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler's thread: sleeps until the delivery's next due instant, runs what is due, and sleeps again. It sleeps
 * anew whenever a subscription changes, at most {@link #MAX_SLEEP} (in case the wall clock jumped), and after a run
 * that failed unexpectedly at least the retry delay, so it never spins.
 */
final class BriefingTimer implements BriefingScheduler {
    private static final Logger log = LoggerFactory.getLogger(BriefingTimer.class);
    static final Duration MAX_SLEEP = Duration.ofHours(1);

    private final LedgerDelivery delivery;
    private final SubscriptionService subscriptions;
    private final Duration retryDelay;
    private final Clock clock;

    private ScheduledExecutorService executor;
    private ScheduledFuture<?> wake;
    private volatile boolean lastRunFailed;

    BriefingTimer(LedgerDelivery delivery, SubscriptionService subscriptions, Duration retryDelay, Clock clock) {
        this.delivery = delivery;
        this.subscriptions = subscriptions;
        this.retryDelay = retryDelay;
        this.clock = clock;
        subscriptions.onChange(this::reschedule);
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "briefing-scheduler");
            t.setDaemon(true);
            return t;
        });
        reschedule(Duration.ZERO);
    }

    @Override
    public void runDue() {
        lastRunFailed = !delivery.runDue();
    }

    @Override
    public Optional<Instant> nextDue() {
        return delivery.nextDue();
    }

    @Override
    public Subscriptions subscriptions() {
        return subscriptions;
    }

    private synchronized void reschedule() {
        if (executor != null) {
            Instant now = clock.instant();
            Duration delay = nextDue().map(at -> Duration.between(now, at)).orElse(MAX_SLEEP);
            Duration least = lastRunFailed ? retryDelay : Duration.ZERO;
            reschedule(delay.compareTo(least) < 0 ? least : delay.compareTo(MAX_SLEEP) > 0 ? MAX_SLEEP : delay);
        }
    }

    private synchronized void reschedule(Duration delay) {
        if (executor == null || executor.isShutdown()) {
            return;
        }
        if (wake != null) {
            wake.cancel(false);
        }
        wake = executor.schedule(this::wakeUp, delay.toMillis(), TimeUnit.MILLISECONDS);
        log.debug("briefing scheduler sleeps {} s", delay.toSeconds());
    }

    private void wakeUp() {
        try {
            runDue();
        } catch (RuntimeException e) {
            lastRunFailed = true;
            log.error("briefing run failed: {}", e.toString(), e);
        } finally {
            reschedule();
        }
    }

    @Override
    public void close() {
        ScheduledExecutorService e;
        synchronized (this) {
            e = executor;
            executor = null;
        }
        if (e != null) {
            e.shutdownNow();
            try {
                e.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
