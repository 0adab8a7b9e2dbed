package newsdesk.discord;

import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;

/** A command in a message's "Apps" menu. Runs on JDA's event thread: must not block. */
interface MessageMenu {
    /** Registered with the slash commands; its name is what the menu shows. */
    CommandData definition();

    void handle(MessageContextInteractionEvent event);

    /** True for commands that still work in a channel whose mode is {@code off} (the admin ones). */
    default boolean worksWhereOff() {
        return false;
    }
}
