package newsdesk.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.GenericCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each Discord event to what handles it, after the checks every command shares: the allow-list, the channel's
 * mode and whether the bot is shutting down. A handler that throws leaves the user an apology, never a hanging
 * "thinking…".
 */
final class EventRouter extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(EventRouter.class);
    static final String STOPPING = "Newsdesk is restarting. Please ask again in a minute.";

    private final Map<String, SlashCommandHandler> commands = new LinkedHashMap<>();
    private final Map<String, MessageMenu> menus = new LinkedHashMap<>();
    private final AccessPolicy access;
    private final ChannelModes modes;
    private final ThreadConversations conversations;
    private final AnswerButtons buttons;
    private final FeedbackButtons feedback;
    private final BooleanSupplier stopping;

    EventRouter(List<SlashCommandHandler> commands, List<MessageMenu> menus, AccessPolicy access, ChannelModes modes,
                ThreadConversations conversations, AnswerButtons buttons, FeedbackButtons feedback,
                BooleanSupplier stopping) {
        for (SlashCommandHandler command : commands) {
            String name = command.definition().getName();
            if (this.commands.putIfAbsent(name, command) != null) {
                throw new IllegalArgumentException("two slash commands named /" + name);
            }
        }
        for (MessageMenu menu : menus) {
            if (this.menus.putIfAbsent(menu.definition().getName(), menu) != null) {
                throw new IllegalArgumentException("two message commands named " + menu.definition().getName());
            }
        }
        this.access = access;
        this.modes = modes;
        this.conversations = conversations;
        this.buttons = buttons;
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
        if (!admitted(event, command.worksWhereOff())) {
            return;
        }
        try {
            command.handle(event);
        } catch (RuntimeException e) {
            failed(event, e);
        }
    }

    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        MessageMenu menu = menus.get(event.getName());
        if (menu == null) {
            privateReply(event, "Sorry, I don't know that command (it may have been removed).");
            return;
        }
        if (!admitted(event, menu.worksWhereOff())) {
            return;
        }
        try {
            menu.handle(event);
        } catch (RuntimeException e) {
            failed(event, e);
        }
    }

    /** The checks every command shares; false when the user was told why not. */
    private boolean admitted(GenericCommandInteractionEvent event, boolean worksWhereOff) {
        if (stopping.getAsBoolean()) {
            privateReply(event, STOPPING);
            return false;
        }
        if (!event.isFromGuild() || !access.allows(event.getGuild().getIdLong(), event.getChannelIdLong(), parentId(event))) {
            privateReply(event, AccessPolicy.NOT_ENABLED);
            return false;
        }
        long settingsChannel = parentId(event) != 0 ? parentId(event) : event.getChannelIdLong();
        if (!worksWhereOff && modes.of(event.getGuild().getIdLong(), settingsChannel) == ChannelMode.OFF) {
            privateReply(event, AccessPolicy.NOT_ENABLED);
            return false;
        }
        return true;
    }

    private static void failed(GenericCommandInteractionEvent event, RuntimeException e) {
        String ref = Ids.next();
        log.error("/{} failed [ref {}]", event.getName(), ref, e);
        if (!event.isAcknowledged()) {
            privateReply(event, Answering.apology(ref));
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (AnswerButtons.handles(event.getComponentId())) {
            buttons.onClick(event);
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (FeedbackButtons.handlesForm(event.getModalId())) {
            feedback.onForm(event);
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

    private static long parentId(GenericCommandInteractionEvent event) {
        if (event.getChannel() instanceof ThreadChannel thread) {
            return thread.getParentChannel().getIdLong();
        }
        return 0;
    }

    private static void privateReply(GenericCommandInteractionEvent event, String text) {
        event.reply(SafeMessages.create(text)).setEphemeral(true)
                .queue(null, e -> log.warn("could not reply to /{}: {}", event.getName(), e.toString()));
    }
}
