package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A barrier for tests: on a one-worker pool, a task queued now runs after every task queued before it. */
final class Idle {
    private Idle() {
    }

    static void await(AnswerWorkers oneWorker) {
        CountDownLatch done = new CountDownLatch(1);
        assertThat(oneWorker.trySubmit(done::countDown)).as("room in the queue for the barrier").isTrue();
        try {
            assertThat(done.await(10, TimeUnit.SECONDS)).as("earlier tasks finished").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
