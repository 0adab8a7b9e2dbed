package newsdesk.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * The deferred response to a slash command: the first message replaces the "thinking…" placeholder, the rest follow
 * as follow-up messages with the same visibility. Drafts replace the placeholder too.
 */
final class InteractionReplyTarget implements ReplyTarget {
    private final InteractionHook hook;
    private final boolean ephemeral;

    InteractionReplyTarget(InteractionHook hook, boolean ephemeral) {
        this.hook = hook;
        this.ephemeral = ephemeral;
    }

    boolean ephemeral() {
        return ephemeral;
    }

    @Override
    public CompletableFuture<Void> showDraft(String text) {
        return hook.editOriginal(SafeMessages.edit(text)).submit().thenApply(message -> null);
    }

    @Override
    public List<Long> send(Reply reply) {
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < reply.texts().size(); i++) {
            String text = reply.texts().get(i);
            if (i == 0) {
                sent.add(hook.editOriginal(SafeMessages.edit(text, reply.embedsOf(i), reply.buttonsOf(i), reply.filesOf(i)))
                        .complete().getIdLong());
            } else {
                sent.add(hook.sendMessage(SafeMessages.create(text, reply.embedsOf(i), reply.buttonsOf(i), reply.filesOf(i)))
                        .setEphemeral(ephemeral).complete().getIdLong());
            }
        }
        return sent;
    }
}
