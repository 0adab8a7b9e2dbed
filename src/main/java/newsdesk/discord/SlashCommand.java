package newsdesk.discord;

import java.util.List;

/**
 * A slash command other parts of Newsdesk add to the bot (e.g. {@code /briefing subscribe}), described without
 * Discord library types. The bot registers it with the built-in commands, applies the allow-list, acknowledges each
 * use at once and runs the handler on its worker pool; the handler's text (Discord markdown, split when long) is the
 * reply. The handler's text is sent as written, so escape article or user text in it; it can never mention anyone.
 *
 * @param privateReply true: only the user who ran the command sees the reply
 */
public record SlashCommand(String name, String description, List<SlashOption> options,
                           List<SlashSubcommand> subcommands, boolean privateReply, Handler handler) {

    /** Makes the reply to one use of the command; runs on a worker thread, may take a while. */
    @FunctionalInterface
    public interface Handler {
        String reply(SlashRequest request) throws Exception;
    }

    public SlashCommand {
        options = List.copyOf(options);
        subcommands = List.copyOf(subcommands);
        if (!options.isEmpty() && !subcommands.isEmpty()) {
            throw new IllegalArgumentException("/" + name + ": a command has options or sub-commands, not both");
        }
    }

    public static SlashCommand of(String name, String description, boolean privateReply, Handler handler,
                                  SlashOption... options) {
        return new SlashCommand(name, description, List.of(options), List.of(), privateReply, handler);
    }

    public static SlashCommand withSubcommands(String name, String description, boolean privateReply, Handler handler,
                                               SlashSubcommand... subcommands) {
        return new SlashCommand(name, description, List.of(), List.of(subcommands), privateReply, handler);
    }
}
