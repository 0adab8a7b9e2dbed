package newsdesk.cli;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import newsdesk.briefing.BriefingScheduler;
import newsdesk.briefing.BriefingSettings;
import newsdesk.briefing.BriefingWriter;
import newsdesk.briefing.Briefings;
import newsdesk.article.ArticleReader;
import newsdesk.article.WebPages;
import newsdesk.article.WebSettings;
import newsdesk.discord.ArticleIntake;
import newsdesk.discord.BriefingCommands;
import newsdesk.discord.ChannelSettings;
import newsdesk.discord.NewsdeskAdmin;
import newsdesk.discord.DiscordBot;
import newsdesk.discord.DiscordLoginException;
import newsdesk.discord.DiscordSettings;
import newsdesk.discord.FeedbackSink;
import newsdesk.discord.TimelineCommand;
import newsdesk.feeds.FeedPoller;
import newsdesk.feeds.Feeds;
import newsdesk.feeds.FolderWatch;
import newsdesk.database.ProcessLocks;
import newsdesk.state.StateDatabase;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/**
 * {@code newsdesk bot}: runs the Discord bot until it is stopped (Ctrl-C, SIGTERM) or Discord ends the session.
 * The token comes from {@code DISCORD_TOKEN} only and is never printed.
 */
@Command(name = "bot", description = {"Runs the Discord bot until Ctrl-C or SIGTERM.",
        "The token comes from the DISCORD_TOKEN environment variable; settings from the config (discord.*)."})
final class BotCommand extends WiredCommand {
    static final String TOKEN_VARIABLE = "DISCORD_TOKEN";
    /** Discord's pause between two logins of one identify bucket. */
    static final Duration IDENTIFY_DELAY = Duration.ofSeconds(5);

    @Override
    int run(Wiring wiring) throws Exception {
        String token = wiring.env().get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            wiring.err().println("newsdesk: " + TOKEN_VARIABLE + " is not set: put the bot's token from the Discord "
                    + "Developer Portal in it (see docs/discord.md)");
            return 2;
        }
        wiring.prefetchEmbeddingModel();
        StateDatabase state = wiring.stateDatabase();
        BriefingSettings briefingSettings = BriefingSettings.from(wiring.config());
        BriefingWriter writer = Briefings.writer(wiring.answeringIndex(), briefingSettings, wiring.config(), wiring.env(),
                wiring.clock());
        DiscordSettings discord = DiscordSettings.from(wiring.config());
        AtomicReference<DiscordBot> started = new AtomicReference<>();
        // with several processes, each posts the briefings of the guilds on its own shards
        BriefingScheduler scheduler = Briefings.scheduler(state, writer, Briefings.channelOnceReady(
                () -> started.get() == null ? null : started.get().briefingChannel()), briefingSettings, wiring.clock(),
                discord.shards()::serves);
        ProcessLocks processLocks = wiring.database().shared()
                ? ProcessLocks.shared(wiring.database(), wiring.clock()) : ProcessLocks.inProcess();
        wiring.closeAtEnd(processLocks);

        FeedPoller feeds = Feeds.poller(wiring.config(), state, wiring.store(), wiring.clock());
        ArticleReader reader = wiring.articleReader();
        WebSettings web = WebSettings.from(wiring.config());
        DiscordBot.Builder builder = DiscordBot.builder(discord, wiring.answerer(), wiring.answeringIndex())
                .token(token.strip())
                .identifyLocks(processLocks, IDENTIFY_DELAY)
                .clock(wiring.clock())
                .feedback(FeedbackSink.into(state.feedback()))
                .questions(state.questions())
                .channelSettings(ChannelSettings.stored(state.channelModes(), wiring.clock()))
                .intake(new ArticleIntake(new WebPages(web, reader), reader, wiring.ingestor(),
                        web.maxBytes()))
                .admin(new NewsdeskAdmin(state.addedFeeds(), feeds, scheduler.subscriptions(),
                        answerer(wiring)));
        BriefingCommands.of(scheduler.subscriptions(), writer, briefingSettings, wiring.clock()).forEach(builder::command);
        builder.command(TimelineCommand.of(Briefings.timelines(wiring.answeringIndex(), briefingSettings, wiring.clock())));
        DiscordBot bot = builder.build();
        wiring.closeAtEnd(bot);
        wiring.closeAtEnd(scheduler);
        wiring.closeAtEnd(feeds);
        FolderWatch folders = Feeds.folderWatch(wiring.config(), wiring.store(), wiring.articleReader(),
                processLocks);
        wiring.closeAtEnd(folders);

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
        started.set(bot);
        scheduler.start();
        feeds.start();
        folders.start();
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

    /** How answers are made, for /newsdesk status: no secrets, no addresses. */
    static String answerer(Wiring wiring) {
        String provider = wiring.config().string("llm.provider").strip();
        if (provider.isEmpty() || provider.equals("none")) {
            return "offline reader (no language model)";
        }
        String model = wiring.config().string("llm.model").strip();
        return provider + (model.isEmpty() ? "" : " " + model) + ", with the offline reader as fallback";
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            LoggerFactory.getLogger(BotCommand.class).debug("already shutting down");
        }
    }
}
