package newsdesk.discord;

import java.util.List;

/**
 * A slash command other parts of Newsdesk add to the bot (e.g. {@code /briefing subscribe}), described without
 * Discord library types. The bot registers it with the built-in commands, applies the allow-list, acknowledges each
 * use at once and runs the handler on its worker pool; the handler's text (Discord markdown, split when long) is the
 * reply, with its files (if any) attached to the last message. The handler's text is sent as written, so escape article or user text in it; it can never mention anyone.
 *
 * @param privateReply true: only the user who ran the command sees the reply
 */
public record SlashCommand(String name, String description, List<SlashOption> options,
                           List<SlashSubcommand> subcommands, boolean privateReply, Replier handler) {

    /** Makes the text reply to one use of the command; runs on a worker thread, may take a while. */
    @FunctionalInterface
    public interface Handler {
        String reply(SlashRequest request) throws Exception;
    }

    /** Makes the reply, text and files, to one use of the command; runs on a worker thread, may take a while. */
    @FunctionalInterface
    public interface Replier {
        SlashReply reply(SlashRequest request) throws Exception;
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
        return new SlashCommand(name, description, List.of(options), List.of(), privateReply, text(handler));
    }

    /** A command whose reply may carry files (e.g. a chart). */
    public static SlashCommand withFiles(String name, String description, boolean privateReply, Replier replier,
                                         SlashOption... options) {
        return new SlashCommand(name, description, List.of(options), List.of(), privateReply, replier);
    }

    public static SlashCommand withSubcommands(String name, String description, boolean privateReply, Handler handler,
                                               SlashSubcommand... subcommands) {
        return new SlashCommand(name, description, List.of(), List.of(subcommands), privateReply, text(handler));
    }

    private static Replier text(Handler handler) {
        return request -> SlashReply.of(handler.reply(request));
    }
}
