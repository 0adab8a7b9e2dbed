package newsdesk.discord;

import java.util.List;
import java.util.function.Consumer;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interaction work that may take longer than Discord's 3 s: the interaction is acknowledged at once ("thinking…")
 * and the work runs on the answer pool, replacing the placeholder when done.
 */
final class Deferral {
    private static final Logger log = LoggerFactory.getLogger(Deferral.class);

    private Deferral() {
    }

    /**
     * Queues the work first so a full pool gets an honest "busy" reply (visible to the asker only) instead of a
     * placeholder; the hook holds the work's replies until the deferral is acknowledged.
     */
    static void run(IReplyCallback event, boolean ephemeral, AnswerWorkers workers, Consumer<InteractionReplyTarget> work) {
        InteractionReplyTarget target = new InteractionReplyTarget(event.getHook(), ephemeral);
        Runnable stopping = () -> target.send(List.of(EventRouter.STOPPING), List.of());
        if (!workers.trySubmit(() -> work.accept(target), stopping)) {
            event.reply(SafeMessages.create(AnswerWorkers.BUSY)).setEphemeral(true)
                    .queue(null, e -> log.warn("could not say busy to interaction {}: {}", event.getId(), e.toString()));
            return;
        }
        event.deferReply(ephemeral)
                .queue(null, e -> log.warn("could not acknowledge interaction {}: {}", event.getId(), e.toString()));
    }
}
