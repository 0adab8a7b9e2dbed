package newsdesk.discord;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.components.buttons.Button;
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

    @Override
    public CompletableFuture<Void> showDraft(String text) {
        return hook.editOriginal(SafeMessages.edit(text)).submit().thenApply(message -> null);
    }

    @Override
    public void send(List<String> messages, List<Button> lastButtons) {
        send(messages, lastButtons, List.of());
    }

    @Override
    public void send(List<String> messages, List<Button> lastButtons, List<SlashReply.File> lastFiles) {
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            List<Button> buttons = last ? lastButtons : List.of();
            List<SlashReply.File> files = last ? lastFiles : List.of();
            if (i == 0) {
                hook.editOriginal(SafeMessages.edit(messages.get(i), buttons, files)).complete();
            } else {
                hook.sendMessage(SafeMessages.create(messages.get(i), buttons, files)).setEphemeral(ephemeral).complete();
            }
        }
    }
}
