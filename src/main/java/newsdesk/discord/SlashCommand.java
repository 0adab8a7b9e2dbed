package newsdesk.discord;

import java.util.List;
import java.util.Objects;

/**
 * A slash command other parts of Newsdesk add to the bot (e.g. {@code /briefing subscribe}), described without
 * Discord library types. The bot registers it with the built-in commands, applies the allow-list and the rate
 * limits, acknowledges each use at once and runs the handler on its worker pool; the handler's text (Discord
 * markdown, split when long) is the reply, with its files (if any) attached to the last message. The handler's text
 * is sent as written, so escape article or user text in it; it can never mention anyone.
 *
 * @param privateReply true: only the user who ran the command sees the reply
 * @param gate who may use it (and who sees it in Discord's command list by default)
 */
public record SlashCommand(String name, String description, List<SlashOption> options,
                           List<SlashSubcommand> subcommands, boolean privateReply, Replier handler, Gate gate) {

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

    /** Who may use a command. */
    public enum Gate {
        EVERYONE,
        /**
         * Shown by default to members with Manage Channels; the handler checks the permission where it acts
         * ({@link SlashRequest#canManageChannels(String)}).
         */
        CHANNEL_MANAGERS,
        /** Members with Manage Server or the configured admin role ({@code discord.admin-roles}), checked by the bot. */
        ADMINS
    }

    public SlashCommand {
        options = List.copyOf(options);
        subcommands = List.copyOf(subcommands);
        Objects.requireNonNull(gate, "gate");
        if (!options.isEmpty() && !subcommands.isEmpty()) {
            throw new IllegalArgumentException("/" + name + ": a command has options or sub-commands, not both");
        }
    }

    public SlashCommand(String name, String description, List<SlashOption> options, List<SlashSubcommand> subcommands,
                        boolean privateReply, Handler handler) {
        this(name, description, options, subcommands, privateReply, text(handler), Gate.EVERYONE);
    }

    public static SlashCommand of(String name, String description, boolean privateReply, Handler handler,
                                  SlashOption... options) {
        return new SlashCommand(name, description, List.of(options), List.of(), privateReply, handler);
    }

    /** A command whose reply may carry files (e.g. a chart). */
    public static SlashCommand withFiles(String name, String description, boolean privateReply, Replier replier,
                                         SlashOption... options) {
        return new SlashCommand(name, description, List.of(options), List.of(), privateReply, replier, Gate.EVERYONE);
    }

    public static SlashCommand withSubcommands(String name, String description, boolean privateReply, Handler handler,
                                               SlashSubcommand... subcommands) {
        return new SlashCommand(name, description, List.of(), List.of(subcommands), privateReply, handler);
    }

    private static Replier text(Handler handler) {
        return request -> SlashReply.of(handler.reply(request));
    }

    /** The same command for fewer people. */
    public SlashCommand gated(Gate gate) {
        return new SlashCommand(name, description, options, subcommands, privateReply, handler, gate);
    }
}
