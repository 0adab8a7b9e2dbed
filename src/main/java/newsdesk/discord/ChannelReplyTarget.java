package newsdesk.discord;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * Messages in a channel or thread, with the typing indicator shown while the answer is being made, and a draft
 * message edited as it is written when the answer streams.
 */
final class ChannelReplyTarget implements ReplyTarget {
    // Discord shows "typing…" for about 10 s per request
    private static final long TYPING_EVERY_SECONDS = 8;

    private final MessageChannel channel;
    private final ScheduledExecutorService typing;
    private volatile Message draft;

    ChannelReplyTarget(MessageChannel channel, ScheduledExecutorService typing) {
        this.channel = channel;
        this.typing = typing;
    }

    /** The first draft is a new message; later drafts, and then the answer, edit it. */
    @Override
    public CompletableFuture<Void> showDraft(String text) {
        Message shown = draft;
        if (shown == null) {
            return channel.sendMessage(SafeMessages.create(text)).submit().thenAccept(m -> draft = m);
        }
        return shown.editMessage(SafeMessages.edit(text)).submit().thenApply(m -> null);
    }

    @Override
    public void send(List<String> messages, List<Button> lastButtons) {
        for (int i = 0; i < messages.size(); i++) {
            List<Button> buttons = i == messages.size() - 1 ? lastButtons : List.of();
            Message shown = draft;
            if (i == 0 && shown != null) {
                shown.editMessage(SafeMessages.edit(messages.get(i), buttons)).complete();
            } else {
                channel.sendMessage(SafeMessages.create(messages.get(i), buttons)).complete();
            }
        }
    }

    /**
     * Typing now and every few seconds until closed. Closing waits briefly for a typing request still in flight,
     * so it cannot reach Discord after the answer and leave "typing…" showing under it.
     */
    @Override
    public Working working() {
        AtomicReference<CompletableFuture<Void>> inFlight = new AtomicReference<>(typingNow());
        ScheduledFuture<?> repeat;
        try {
            repeat = typing.scheduleAtFixedRate(() -> inFlight.set(typingNow()),
                    TYPING_EVERY_SECONDS, TYPING_EVERY_SECONDS, TimeUnit.SECONDS);
        } catch (RejectedExecutionException closing) {
            repeat = null;
        }
        ScheduledFuture<?> repeating = repeat;
        return () -> {
            if (repeating != null) {
                repeating.cancel(false);
            }
            try {
                inFlight.get().get(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException ignored) {
                // typing is a courtesy: the answer goes out regardless
            }
        };
    }

    private CompletableFuture<Void> typingNow() {
        try {
            return channel.sendTyping().submit();
        } catch (RuntimeException e) {
            // e.g. no permission to type here: not a reason to withhold the answer
            return CompletableFuture.completedFuture(null);
        }
    }
}
