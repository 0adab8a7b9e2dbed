package newsdesk.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each Discord event to what handles it, after the checks every command shares: the allow-list and whether the
 * bot is shutting down. A handler that throws leaves the user an apology, never a hanging "thinking…".
 */
final class EventRouter extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(EventRouter.class);
    static final String STOPPING = "Newsdesk is restarting. Please ask again in a minute.";

    private final Map<String, SlashCommandHandler> commands = new LinkedHashMap<>();
    private final AccessPolicy access;
    private final ThreadConversations conversations;
    private final FeedbackButtons feedback;
    private final BooleanSupplier stopping;

    EventRouter(List<SlashCommandHandler> commands, AccessPolicy access, ThreadConversations conversations,
                FeedbackButtons feedback, BooleanSupplier stopping) {
        for (SlashCommandHandler command : commands) {
            String name = command.definition().getName();
            if (this.commands.putIfAbsent(name, command) != null) {
                throw new IllegalArgumentException("two slash commands named /" + name);
            }
        }
        this.access = access;
        this.conversations = conversations;
        this.feedback = feedback;
        this.stopping = stopping;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        SlashCommandHandler command = commands.get(event.getName());
        if (command == null) {
            privateReply(event, "Sorry, I don't know that command (it may have been removed). Try `/help`.");
            return;
        }
        if (stopping.getAsBoolean()) {
            privateReply(event, STOPPING);
            return;
        }
        if (!event.isFromGuild() || !access.allows(event.getGuild().getIdLong(), event.getChannelIdLong(), parentId(event))) {
            privateReply(event, AccessPolicy.NOT_ENABLED);
            return;
        }
        try {
            command.handle(event);
        } catch (RuntimeException e) {
            String ref = Ids.next();
            log.error("/{} failed [ref {}]", event.getName(), ref, e);
            if (!event.isAcknowledged()) {
                privateReply(event, Answering.apology(ref));
            }
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (FeedbackButtons.handles(event.getComponentId())) {
            feedback.onClick(event);
        }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (stopping.getAsBoolean()) {
            return;
        }
        try {
            conversations.onMessage(event);
        } catch (RuntimeException e) {
            log.error("handling message {} failed", event.getMessageId(), e);
        }
    }

    private static long parentId(SlashCommandInteractionEvent event) {
        if (event.getChannel() instanceof ThreadChannel thread) {
            return thread.getParentChannel().getIdLong();
        }
        return 0;
    }

    private static void privateReply(SlashCommandInteractionEvent event, String text) {
        event.reply(SafeMessages.create(text)).setEphemeral(true)
                .queue(null, e -> log.warn("could not reply to /{}: {}", event.getName(), e.toString()));
    }
}
