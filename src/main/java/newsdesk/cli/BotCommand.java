package newsdesk.cli;

import java.util.List;
import newsdesk.discord.DiscordBot;
import newsdesk.discord.DiscordLoginException;
import newsdesk.discord.DiscordSettings;
import newsdesk.discord.FeedbackSink;
import org.slf4j.LoggerFactory;

/**
 * {@code newsdesk bot}: runs the Discord bot until it is stopped (Ctrl-C, SIGTERM) or Discord ends the session.
 * The token comes from {@code DISCORD_TOKEN} only and is never printed.
 */
final class BotCommand implements Command {
    static final String TOKEN_VARIABLE = "DISCORD_TOKEN";

    @Override
    public int run(Wiring wiring, List<String> args) throws Exception {
        if (!args.isEmpty()) {
            throw new UsageException("bot takes no arguments (settings are in the config file)");
        }
        String token = wiring.env().get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            wiring.err().println("newsdesk: " + TOKEN_VARIABLE + " is not set: put the bot's token from the Discord "
                    + "Developer Portal in it (see docs/discord.md)");
            return 2;
        }
        DiscordBot bot = DiscordBot.builder(DiscordSettings.from(wiring.config()), wiring.answerer(), wiring.readyIndex())
                .token(token.strip())
                .clock(wiring.clock())
                .feedback(FeedbackSink.jsonLines(wiring.dataDir().resolve("feedback.jsonl")))
                .build();
        wiring.closeAtEnd(bot);

        // On SIGTERM the JVM ends when the hooks do: close the bot (answers in progress finish first) and the
        // index here rather than after run() returns, which the JVM might not wait for.
        Thread hook = new Thread(() -> {
            bot.close();
            wiring.close();
        }, "newsdesk-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            bot.start();
        } catch (DiscordLoginException e) {
            removeHook(hook);
            bot.close();
            wiring.err().println("newsdesk: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            removeHook(hook);
            bot.close();
            throw e;
        }
        wiring.err().println("newsdesk: the Discord bot is running; stop it with Ctrl-C. Invite it with "
                + bot.inviteUrl());
        bot.awaitStopped();
        if (bot.endedByDiscord()) {
            removeHook(hook);
            wiring.err().println("newsdesk: Discord ended the bot's session; stopping");
            return 1;
        }
        return 0;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            LoggerFactory.getLogger(BotCommand.class).debug("already shutting down");
        }
    }
}
