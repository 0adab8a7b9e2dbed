package newsdesk.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows an answer while it is being written (an LLM streaming its verified sentences): the text so far replaces the
 * placeholder about once a second, one edit at a time, never blocking the thread that reads the stream. The final
 * answer then replaces the draft.
 */
final class Drafts implements Consumer<String> {
    private static final Logger log = LoggerFactory.getLogger(Drafts.class);
    static final Duration EVERY = Duration.ofSeconds(1);
    static final String MORE_TO_COME = " …";

    private final ReplyTarget target;
    private final Clock clock;
    private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);
    private long lastShownAt = Long.MIN_VALUE;
    private String lastShown = "";
    private boolean finished;

    Drafts(ReplyTarget target, Clock clock) {
        this.target = target;
        this.clock = clock;
    }

    @Override
    public synchronized void accept(String textSoFar) {
        if (finished || textSoFar == null || textSoFar.isBlank() || !inFlight.isDone()) {
            return;
        }
        long now = clock.millis();
        if (lastShownAt != Long.MIN_VALUE && now - lastShownAt < EVERY.toMillis()) {
            return;
        }
        String draft = render(textSoFar);
        if (draft.equals(lastShown)) {
            return;
        }
        lastShown = draft;
        lastShownAt = now;
        try {
            inFlight = target.showDraft(draft).exceptionally(e -> {
                log.debug("a draft edit failed: {}", e.toString());
                return null;
            });
        } catch (RuntimeException e) {
            log.debug("a draft edit failed: {}", e.toString());
        }
    }

    /** No more drafts; returns once the last one has reached Discord, so the final answer lands after it. */
    void finish() {
        CompletableFuture<Void> last;
        synchronized (this) {
            finished = true;
            last = inFlight;
        }
        try {
            last.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.debug("the last draft edit did not finish: {}", e.toString());
        }
    }

    /** The escaped text so far, cut to one message, marked as unfinished. */
    static String render(String textSoFar) {
        String escaped = DiscordMarkdown.escapeKeepingMarkers(textSoFar.strip());
        List<String> pieces = MessageSplitter.split(escaped, AnswerRendering.MESSAGE_LIMIT - MORE_TO_COME.length());
        return (pieces.isEmpty() ? "" : pieces.get(0)) + MORE_TO_COME;
    }
}
