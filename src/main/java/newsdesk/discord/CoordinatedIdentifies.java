package newsdesk.discord;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import newsdesk.database.ProcessLocks;

/**
 * Paces the shards' logins (IDENTIFY) as Discord asks, across every process of the bot: shards are in bucket
 * {@code shard % max_concurrency}; one login per bucket at a time, {@link #IDENTIFY_DELAY} apart. Within a process a
 * worker per bucket takes its shards in turn; across processes a shared lock per bucket (a PostgreSQL advisory lock
 * when the bot shares a database) is held during the login and the pause after it.
 *
 * <p>With a gateway URL of its own (a proxy, a fake Discord) the gateway is not asked of Discord.
 */
final class CoordinatedIdentifies extends SessionControllerAdapter {
    /** The lock space of the identify buckets. */
    static final int LOCK_SPACE = 0x4e444944; // "NDID"

    private final ProcessLocks locks;
    private final Duration delay;
    private final Optional<String> gatewayUrl;
    private final Map<Integer, ExecutorService> buckets = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> waiting = new ConcurrentHashMap<>();
    private final Set<SessionConnectNode> removed = ConcurrentHashMap.newKeySet();
    private volatile int concurrency = 1;

    CoordinatedIdentifies(ProcessLocks locks, Duration delay, Optional<String> gatewayUrl) {
        this.locks = locks;
        this.delay = delay;
        this.gatewayUrl = gatewayUrl;
    }

    static int bucket(int shard, int concurrency) {
        return shard % Math.max(1, concurrency);
    }

    @Override
    public void setConcurrency(int level) {
        concurrency = Math.max(1, level);
    }

    @Override
    public void appendSession(SessionConnectNode node) {
        removed.remove(node);
        int bucket = bucket(node.getShardInfo().getShardId(), concurrency);
        AtomicInteger queued = waiting.computeIfAbsent(bucket, b -> new AtomicInteger());
        queued.incrementAndGet();
        buckets.computeIfAbsent(bucket, b -> Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "identify-bucket-" + b);
            t.setDaemon(true);
            return t;
        })).execute(() -> connect(node, bucket, queued));
    }

    private void connect(SessionConnectNode node, int bucket, AtomicInteger queued) {
        boolean last = queued.decrementAndGet() == 0;
        if (removed.remove(node)) {
            return;
        }
        try (ProcessLocks.Held held = locks.lock(LOCK_SPACE, bucket)) {
            node.run(last);
            Thread.sleep(delay.toMillis()); // the pause belongs to the bucket: keep the lock through it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("shard {} could not connect: {}", node.getShardInfo().getShardId(), e.toString());
        }
    }

    @Override
    public void removeSession(SessionConnectNode node) {
        removed.add(node);
    }

    @Override
    public String getGateway() {
        return gatewayUrl.orElseGet(super::getGateway);
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        return gatewayUrl.map(url -> new ShardedGateway(url, api.getShardInfo().getShardTotal(), 1))
                .orElseGet(() -> super.getShardedGateway(api));
    }

    /** Stops the workers (the bot is closing). */
    void close() {
        buckets.values().forEach(ExecutorService::shutdownNow);
    }
}
