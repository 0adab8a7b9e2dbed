package newsdesk.discord;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.components.buttons.Button;

/** Where a reply goes: a deferred slash-command response or a channel (usually a thread). */
interface ReplyTarget {
    /** Sends the messages in order, embeds and buttons under the last one; returns the ids of what it sent. */
    List<Long> send(Reply reply);

    default List<Long> send(List<String> messages, List<Button> lastButtons) {
        return send(new Reply(messages, List.of(), lastButtons));
    }

    /** Sends the messages with files attached to the last one; targets that cannot attach files leave them out. */
    default void send(List<String> messages, List<Button> lastButtons, List<SlashReply.File> lastFiles) {
        send(messages, lastButtons);
    }

    /**
     * Shows unfinished text where the answer will be (replacing any earlier draft); the next {@link #send} replaces
     * it. Targets that cannot show drafts ignore it.
     */
    default CompletableFuture<Void> showDraft(String text) {
        return CompletableFuture.completedFuture(null);
    }

    /** Shows that an answer is on its way until the returned handle is closed. */
    default Working working() {
        return () -> { };
    }

    interface Working extends AutoCloseable {
        @Override
        void close();
    }
}
