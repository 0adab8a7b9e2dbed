package newsdesk.discord;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded pool where answers are made, away from JDA's event thread. When every worker is busy and the queue is
 * full a task is refused at once, so the user can be told instead of waiting behind a long queue.
 */
final class AnswerWorkers implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AnswerWorkers.class);
    static final String BUSY = "Sorry, I'm answering a lot of questions right now. Please try again in a minute.";

    private final ThreadPoolExecutor pool;
    private final Duration grace;

    AnswerWorkers(int workers, int queue, Duration grace) {
        this.grace = grace;
        BlockingQueue<Runnable> waiting = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, waiting, task -> {
            Thread t = new Thread(task, "newsdesk-answer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** @return false when the pool is full or closing; the task then never runs */
    boolean trySubmit(Runnable task) {
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException | Error e) {
                    log.error("a task on the answer pool failed", e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Stops taking work and lets running and queued answers finish within the grace period. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("answers still running after {} s; interrupting them", grace.toSeconds());
                pool.shutdownNow();
                pool.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
