package newsdesk.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages in a channel or thread, with the typing indicator shown while the answer is being made, and a draft
 * message edited as it is written when the answer streams. Given the question's message, the first message is a
 * reply to it (pinging nobody), so an answer outside a thread stays attached to its question.
 */
final class ChannelReplyTarget implements ReplyTarget {
    private static final Logger log = LoggerFactory.getLogger(ChannelReplyTarget.class);
    // Discord shows "typing…" for about 10 s per request
    private static final long TYPING_EVERY_SECONDS = 8;
    /** How long the answer waits for its first draft to be created, so it can replace it rather than follow it. */
    static final Duration DRAFT_WAIT = Duration.ofSeconds(5);

    private final MessageChannel channel;
    private final Message replyTo;
    private final ScheduledExecutorService typing;
    private final Duration draftWait;
    private volatile CompletableFuture<Message> draft;

    ChannelReplyTarget(MessageChannel channel, ScheduledExecutorService typing) {
        this(channel, null, typing);
    }

    /** @param replyTo the question's message: the first message sent replies to it; null for none */
    ChannelReplyTarget(MessageChannel channel, Message replyTo, ScheduledExecutorService typing) {
        this(channel, replyTo, typing, DRAFT_WAIT);
    }

    ChannelReplyTarget(MessageChannel channel, Message replyTo, ScheduledExecutorService typing, Duration draftWait) {
        this.channel = channel;
        this.replyTo = replyTo;
        this.typing = typing;
        this.draftWait = draftWait;
    }

    /** The first draft is a new message; later drafts, and then the answer, edit it. */
    @Override
    public CompletableFuture<Void> showDraft(String text) {
        CompletableFuture<Message> shown = draft;
        if (shown == null) {
            CompletableFuture<Message> created = create(SafeMessages.create(text)).submit();
            draft = created;
            return created.thenApply(m -> null);
        }
        return shown.thenCompose(m -> m.editMessage(SafeMessages.edit(text)).submit()).thenApply(m -> null);
    }

    @Override
    public List<Long> send(Reply reply) {
        List<Long> sent = new ArrayList<>();
        Message shown = draftToReplace();
        for (int i = 0; i < reply.texts().size(); i++) {
            String text = reply.texts().get(i);
            if (i == 0 && shown != null) {
                sent.add(shown.editMessage(SafeMessages.edit(text, reply.embedsOf(i), reply.buttonsOf(i)))
                        .complete().getIdLong());
            } else {
                MessageCreateData data = SafeMessages.create(text, reply.embedsOf(i), reply.buttonsOf(i));
                sent.add((i == 0 ? create(data) : channel.sendMessage(data)).complete().getIdLong());
            }
        }
        return sent;
    }

    /**
     * The draft the answer replaces, once it exists. A draft still not created after the draft wait is left
     * behind: the answer is sent as a new message and the draft deleted when it arrives, so no half answer stays.
     */
    private Message draftToReplace() {
        CompletableFuture<Message> pending = draft;
        if (pending == null) {
            return null;
        }
        try {
            return pending.get(draftWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            pending.thenAccept(m -> m.delete().queue(null,
                    e -> log.warn("could not delete a late draft in channel {}: {}", channel.getId(), e.toString())));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null; // the draft was never created: nothing to replace
        }
    }

    private net.dv8tion.jda.api.requests.restaction.MessageCreateAction create(MessageCreateData data) {
        if (replyTo == null) {
            return channel.sendMessage(data);
        }
        // a question deleted meanwhile still gets its answer, as a plain message
        return replyTo.reply(data).mentionRepliedUser(false).failOnInvalidReply(false);
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
