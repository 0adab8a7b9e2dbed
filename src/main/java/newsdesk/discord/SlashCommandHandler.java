package newsdesk.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** One slash command: how it is registered and what it does. Runs on JDA's event thread: must not block. */
interface SlashCommandHandler {
    SlashCommandData definition();

    /** A line for /help, e.g. "`/sources [query]` — the stored articles". */
    String helpLine();

    void handle(SlashCommandInteractionEvent event);

    /** True for commands that still work in a channel whose mode is {@code off} (help, the admin commands). */
    default boolean worksWhereOff() {
        return false;
    }
}
