package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionController.SessionConnectNode;
import newsdesk.database.DatabaseSettings;
import newsdesk.database.ProcessLocks;
import newsdesk.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/** Two processes' shards logging in through one database: one login per identify bucket at a time, in all. */
class CoordinatedIdentifiesTest {

    @Test
    void twoProcessesNeverLogInTwoShardsOfOneBucketAtOnce() throws InterruptedException {
        DatabaseSettings database = TestPostgres.freshDatabase();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Integer> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(8);
        try (ProcessLocks first = ProcessLocks.shared(database, java.time.Clock.systemUTC());
             ProcessLocks second = ProcessLocks.shared(database, java.time.Clock.systemUTC())) {
            CoordinatedIdentifies a = new CoordinatedIdentifies(first, Duration.ZERO, Optional.of("ws://127.0.0.1:1/"));
            CoordinatedIdentifies b = new CoordinatedIdentifies(second, Duration.ZERO, Optional.of("ws://127.0.0.1:1/"));
            try {
                for (int shard = 0; shard < 4; shard++) {
                    a.appendSession(node(shard, 8, inside, mostAtOnce, order, done));
                    b.appendSession(node(shard + 4, 8, inside, mostAtOnce, order, done));
                }
                assertThat(done.await(60, TimeUnit.SECONDS)).as("every shard logged in").isTrue();
            } finally {
                a.close();
                b.close();
            }
        }
        assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(mostAtOnce.get()).as("logins in progress at once, with max_concurrency 1").isEqualTo(1);
    }

    private static SessionConnectNode node(int shard, int total, AtomicInteger inside, AtomicInteger mostAtOnce,
                                           List<Integer> order, CountDownLatch done) {
        return new SessionConnectNode() {
            @Override
            public boolean isReconnect() {
                return false;
            }

            @Override
            public JDA getJDA() {
                return null;
            }

            @Override
            public JDA.ShardInfo getShardInfo() {
                return new JDA.ShardInfo(shard, total);
            }

            @Override
            public void run(boolean isLast) {
                int now = inside.incrementAndGet();
                mostAtOnce.accumulateAndGet(now, Math::max);
                // a login takes a while: long enough for the other process to try its own meanwhile
                for (int i = 0; i < 5; i++) {
                    Thread.yield();
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                order.add(shard);
                inside.decrementAndGet();
                done.countDown();
            }
        };
    }
}
