package newsdesk.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        return trySubmit(task, () -> { });
    }

    /**
     * @param ifNeverRun what to do instead if the pool closes while the task still waits in the queue (tell the
     *                   user), run on the closing thread
     * @return false when the pool is full or closing; then neither runs
     */
    boolean trySubmit(Runnable task, Runnable ifNeverRun) {
        try {
            pool.execute(new Job(task, ifNeverRun));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /**
     * Stops taking work: waiting tasks are dropped (their {@code ifNeverRun} runs instead) and running ones get the
     * grace period to finish before they are interrupted.
     */
    @Override
    public void close() {
        pool.shutdown();
        List<Runnable> waiting = new ArrayList<>();
        pool.getQueue().drainTo(waiting);
        for (Runnable job : waiting) {
            ((Job) job).neverRun();
        }
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

    private record Job(Runnable task, Runnable ifNeverRun) implements Runnable {
        @Override
        public void run() {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                log.error("a task on the answer pool failed", e);
            }
        }

        void neverRun() {
            try {
                ifNeverRun.run();
            } catch (RuntimeException e) {
                log.warn("could not tell a waiting user that the bot is stopping: {}", e.toString());
            }
        }
    }
}
