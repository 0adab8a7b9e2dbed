package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AnswerWorkersTest {
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void refusesWorkBeyondWorkersAndQueue() throws Exception {
        AnswerWorkers workers = new AnswerWorkers(1, 1, Duration.ofSeconds(5));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        assertThat(workers.trySubmit(() -> hold(running, release))).isTrue();
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        CountDownLatch queuedRan = new CountDownLatch(1);
        assertThat(workers.trySubmit(queuedRan::countDown)).isTrue();

        assertThat(workers.trySubmit(() -> events.add("never"))).isFalse();

        release.countDown();
        assertThat(queuedRan.await(5, TimeUnit.SECONDS)).isTrue();
        workers.close();
        assertThat(events).isEmpty();
        assertThat(workers.trySubmit(() -> events.add("after close"))).isFalse();
    }

    @Test
    void closingLetsTheRunningTaskFinishAndTellsTheWaitingOnes() throws Exception {
        AnswerWorkers workers = new AnswerWorkers(1, 4, Duration.ofSeconds(5));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        workers.trySubmit(() -> {
            hold(running, release);
            events.add("running finished");
        }, () -> events.add("running told"));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        workers.trySubmit(() -> events.add("waiting ran"), () -> events.add("waiting told"));

        Thread closing = new Thread(workers::close);
        closing.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!events.contains("waiting told") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        release.countDown();
        closing.join(5000);

        assertThat(events).containsExactly("waiting told", "running finished");
    }

    @Test
    void aTaskThatOutlivesTheGraceIsInterrupted() throws Exception {
        AnswerWorkers workers = new AnswerWorkers(1, 1, Duration.ofMillis(100));
        CountDownLatch running = new CountDownLatch(1);
        workers.trySubmit(() -> {
            running.countDown();
            try {
                new CountDownLatch(1).await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                events.add("interrupted");
            }
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        workers.close();
        assertThat(events).containsExactly("interrupted");
    }

    private static void hold(CountDownLatch running, CountDownLatch release) {
        running.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
