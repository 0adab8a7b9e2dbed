package newsdesk.discord;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.CloseCode;

/**
 * Watches the gateway session: ready, or ended by Discord (a refused token or intent ends it before ready).
 * JDA's own awaitReady() has no time limit and never returns if the session ends first.
 */
final class SessionWatch implements EventListener {
    private final java.util.concurrent.atomic.AtomicInteger readyShards = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.Semaphore readyOrEnded = new java.util.concurrent.Semaphore(0);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile CloseCode closeCode;
    private volatile int rawCloseCode;

    @Override
    public void onEvent(GenericEvent event) {
        if (event instanceof ReadyEvent) {
            readyShards.incrementAndGet();
            readyOrEnded.release();
        } else if (event instanceof ShutdownEvent shutdown) {
            closeCode = shutdown.getCloseCode();
            rawCloseCode = shutdown.getCode();
            ended.countDown();
            readyOrEnded.release(Integer.MAX_VALUE / 2);
        }
    }

    /** Waits for the shards' sessions to be ready; throws if Discord ended one or it took too long. */
    void awaitReady(int shards, Duration timeout) throws InterruptedException {
        if (!readyOrEnded.tryAcquire(shards, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Discord did not get ready within " + timeout.toSeconds() + " s ("
                    + readyShards.get() + " of " + shards + " shards ready)");
        }
        if (hasEnded()) {
            throw sessionEnded();
        }
    }

    void awaitEnd() throws InterruptedException {
        ended.await();
    }

    boolean hasEnded() {
        return ended.getCount() == 0;
    }

    RuntimeException sessionEnded() {
        if (closeCode == CloseCode.AUTHENTICATION_FAILED) {
            return new DiscordLoginException("Discord rejected the token in DISCORD_TOKEN");
        }
        if (closeCode == CloseCode.DISALLOWED_INTENTS) {
            return new DiscordLoginException("Discord refused the Message Content intent: enable it for the bot in the "
                    + "Developer Portal (Bot > Privileged Gateway Intents > Message Content Intent)");
        }
        return new IllegalStateException("Discord ended the session before it was ready (close code " + rawCloseCode
                + (closeCode == null ? "" : ", " + closeCode.getMeaning()) + ")");
    }
}
