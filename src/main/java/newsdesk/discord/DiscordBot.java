package newsdesk.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import newsdesk.answer.Answerer;
import newsdesk.article.ArticleStore;
import newsdesk.briefing.BriefingChannel;
import newsdesk.database.ProcessLocks;
import newsdesk.state.QuestionLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Newsdesk on Discord: {@code /ask}, {@code /sources}, {@code /help}, questions by mention answered in threads,
 * replies and message commands, the admin commands ({@code /add}, {@code /newsdesk}), and any {@link SlashCommand}
 * added through the {@link Builder}.
 *
 * <p>{@link #start()} returns once the bot is connected and its commands are registered; {@link #close()} stops
 * taking questions, lets running answers finish for a few seconds, then disconnects.
 *
 * <p>It runs the Discord shards its settings name ({@code discord.shards.*}: all of them by default) through JDA's
 * shard manager; logins are paced per identify bucket across processes by {@link CoordinatedIdentifies}.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    static final Duration ANSWER_GRACE = Duration.ofSeconds(5);
    private static final Duration DISCONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** View Channel, Send Messages, Embed Links, Read Message History, Create Public Threads, Send Messages in Threads. */
    static final long PERMISSIONS = Permission.getRaw(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_HISTORY, Permission.CREATE_PUBLIC_THREADS,
            Permission.MESSAGE_SEND_IN_THREADS);

    private final DiscordSettings settings;
    private final String token;
    private final AnswerWorkers workers;
    private final ScheduledExecutorService typing;
    private final ExecutorService feedbackRecorder;
    private final List<SlashCommandHandler> commands;
    private final List<MessageMenu> menus;
    private final EventRouter router;
    private final SessionWatch session = new SessionWatch();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CoordinatedIdentifies identifies;
    private volatile ShardManager shards;

    private DiscordBot(Builder b) {
        this.settings = b.settings;
        this.token = b.token;
        this.identifies = new CoordinatedIdentifies(b.identifyLocks, b.identifyDelay, settings.customGatewayUrl());
        this.workers = new AnswerWorkers(settings.workers(), settings.queue(), ANSWER_GRACE);
        this.typing = Executors.newSingleThreadScheduledExecutor(daemon("newsdesk-typing"));
        this.feedbackRecorder = Executors.newSingleThreadExecutor(daemon("newsdesk-feedback"));
        RecentAnswers recent = new RecentAnswers(b.clock);
        ThreadMemory memory = new ThreadMemory(b.clock);
        FeedbackButtons feedback = new FeedbackButtons(b.feedback, feedbackRecorder, recent, b.clock);
        AnswerButtons buttons = new AnswerButtons(feedback, new ContinueInThread(memory, recent), recent);
        Answering answering = new Answering(b.answerer, buttons, recent, b.questions, settings.streamAnswers(), b.clock);
        RateLimits limits = new RateLimits(settings.userRatePerMinute(), settings.guildRatePerMinute(), b.clock);
        AccessPolicy access = AccessPolicy.from(settings);
        Admins admins = new Admins(settings.adminRoles());
        ChannelModes modes = new ChannelModes(b.channelSettings, settings.defaultMode());

        Replies replies = new Replies(recent, b.questions);
        List<SlashCommandHandler> all = new ArrayList<>();
        List<MessageMenu> apps = new ArrayList<>();
        all.add(new AskCommand(answering, workers, limits, settings.maxQuestionChars()));
        all.add(new SourcesCommand(b.articles, workers));
        apps.add(new AskMessageMenu(answering, workers, limits, replies, settings.maxQuestionChars()));
        if (b.intake != null) {
            Adding adding = new Adding(b.intake);
            all.add(new AddCommand(adding, workers, admins));
            apps.add(new AddMessageMenu(adding, workers, admins));
        }
        b.extensions.forEach(c -> all.add(new ExtensionCommand(c, workers, limits, admins)));
        all.add(new NewsdeskCommand(admins, workers, b.channelSettings, b.admin,
                new NewsdeskReports(b.articles, b.admin, modes, b.questions, b.clock),
                b.intake == null ? null : b.intake.web(), b.clock));
        all.add(new HelpCommand(() -> List.copyOf(all)));
        this.commands = List.copyOf(all);
        this.menus = List.copyOf(apps);

        ThreadConversations conversations = new ThreadConversations(answering, workers, limits, memory, access, modes,
                new Notices(b.clock), replies, typing);
        this.router = new EventRouter(commands, menus, access, modes, conversations, buttons, feedback, stopping::get);
    }

    public static Builder builder(DiscordSettings settings, Answerer answerer, ArticleStore articles) {
        return new Builder(settings, answerer, articles);
    }

    /**
     * Connects, waits until Discord says the bot is ready, and registers the slash commands.
     *
     * @throws DiscordLoginException if Discord rejects the token or a required intent
     */
    public void start() throws InterruptedException {
        if (shards != null || closed.get()) {
            throw new IllegalStateException("a bot starts once");
        }
        // the library-wide default for every message, including ones built without SafeMessages
        MessageRequest.setDefaultMentions(EnumSet.noneOf(MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);

        Shards mine = settings.shards();
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token,
                        EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT))
                .setEnableShutdownHook(false)
                // a member's own overwrites count in the permission checks on a chosen channel
                .enableCache(CacheFlag.MEMBER_OVERRIDES)
                .addEventListeners(session, router)
                .setShardsTotal(mine.total())
                .setShards(mine.ids())
                .setSessionController(identifies);
        settings.customApiBaseUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        try {
            shards = builder.build();
        } catch (InvalidTokenException | ErrorResponseException e) {
            if (e instanceof ErrorResponseException r && (r.getResponse() == null || r.getResponse().code != 401)) {
                throw r;
            }
            throw new DiscordLoginException("Discord rejected the token in DISCORD_TOKEN (401): check it, or reset it "
                    + "in the Developer Portal");
        }
        session.awaitReady(mine.ids().size(), READY_TIMEOUT);
        for (JDA shard : shards.getShards()) {
            shard.awaitReady();
        }
        registerCommands();
        log.info("Discord bot ready as {} in {} guild(s), shards {}", anyShard().getSelfUser().getName(),
                shards.getGuildCache().size(), mine);
        for (Guild guild : shards.getGuilds()) {
            for (String missing : MissingPermissions.in(guild)) {
                log.warn("in server {}, the bot lacks {}", guild.getName(), missing);
            }
        }
    }

    private JDA anyShard() {
        ShardManager connected = shards;
        if (connected == null || connected.getShards().isEmpty()) {
            throw new IllegalStateException("the bot has not started");
        }
        return connected.getShards().get(0);
    }

    private void registerCommands() {
        List<CommandData> definitions = new ArrayList<>();
        commands.forEach(c -> definitions.add(c.definition().setContexts(InteractionContextType.GUILD)));
        menus.forEach(m -> definitions.add(m.definition().setContexts(InteractionContextType.GUILD)));
        if (settings.guildIds().isEmpty()) {
            // every process registers the same list: Discord keeps the last, which is the same
            anyShard().updateCommands().addCommands(definitions).complete();
            log.info("registered {} commands globally (new commands can take a while to show)", definitions.size());
            return;
        }
        // commands registered globally before would show next to the guild's own, each twice
        anyShard().updateCommands().complete();
        for (long guildId : settings.guildIds()) {
            if (!settings.shards().serves(guildId)) {
                continue; // the process running its shard registers them
            }
            Guild guild = shards.getGuildById(guildId);
            if (guild == null) {
                log.warn("discord.guild-ids: the bot is not in guild {}; no commands registered there", guildId);
                continue;
            }
            guild.updateCommands().addCommands(definitions).complete();
            log.info("registered {} slash commands in guild {}", definitions.size(), guildId);
        }
    }

    /** The link that adds the bot to a server with the permissions it needs (known once started). */
    public String inviteUrl() {
        return "https://discord.com/oauth2/authorize?client_id=" + anyShard().getSelfUser().getApplicationId()
                + "&scope=bot+applications.commands&permissions=" + PERMISSIONS;
    }

    /** Where scheduled briefings are posted; posts fail as transient until the bot has started. */
    public BriefingChannel briefingChannel() {
        return new DiscordBriefingChannel(() -> shards);
    }

    /** Blocks until the bot is closed, or Discord ended the session for good. */
    public void awaitStopped() throws InterruptedException {
        session.awaitEnd();
    }

    /** True when the session ended without {@link #close()} being called: Discord (or the network) ended it. */
    public boolean endedByDiscord() {
        return session.hasEnded() && !stopping.get();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopping.set(true);
        workers.close();
        identifies.close();
        ShardManager connected = shards;
        if (connected != null) {
            List<JDA> running = connected.getShards();
            connected.shutdown();
            try {
                for (JDA shard : running) {
                    if (!shard.awaitShutdown(DISCONNECT_TIMEOUT)) {
                        shard.shutdownNow();
                        shard.awaitShutdown(Duration.ofSeconds(2));
                    }
                }
            } catch (InterruptedException e) {
                running.forEach(JDA::shutdownNow);
                Thread.currentThread().interrupt();
            }
        }
        typing.shutdownNow();
        feedbackRecorder.shutdown();
        try {
            feedbackRecorder.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Discord bot stopped");
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        };
    }

    public static final class Builder {
        private final DiscordSettings settings;
        private final Answerer answerer;
        private final ArticleStore articles;
        private final List<SlashCommand> extensions = new ArrayList<>();
        private String token;
        private FeedbackSink feedback = f -> log.info("feedback {} on answer {} (not stored)", f.vote(), f.answerId());
        private QuestionLog questions = QuestionLog.none();
        private ChannelSettings channelSettings = ChannelSettings.inMemory();
        private ArticleIntake intake;
        private NewsdeskAdmin admin = NewsdeskAdmin.none("offline reader");
        private Clock clock = Clock.systemUTC();
        private ProcessLocks identifyLocks = ProcessLocks.inProcess();
        private Duration identifyDelay = Duration.ofSeconds(SessionController.IDENTIFY_DELAY);

        private Builder(DiscordSettings settings, Answerer answerer, ArticleStore articles) {
            this.settings = Objects.requireNonNull(settings);
            this.answerer = Objects.requireNonNull(answerer);
            this.articles = Objects.requireNonNull(articles);
        }

        /** The bot token (from the DISCORD_TOKEN environment variable; never from settings, never logged). */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        public Builder feedback(FeedbackSink feedback) {
            this.feedback = Objects.requireNonNull(feedback);
            return this;
        }

        /** Where the questions asked are noted, for {@code /newsdesk stats} and follow-ups after a restart. */
        public Builder questions(QuestionLog questions) {
            this.questions = Objects.requireNonNull(questions);
            return this;
        }

        /** Where {@code /newsdesk channel} keeps the channel modes; in memory only by default. */
        public Builder channelSettings(ChannelSettings channelSettings) {
            this.channelSettings = Objects.requireNonNull(channelSettings);
            return this;
        }

        /** Lets admins add articles from Discord ({@code /add}, "Add to Newsdesk"); without it they cannot. */
        public Builder intake(ArticleIntake intake) {
            this.intake = Objects.requireNonNull(intake);
            return this;
        }

        /** What {@code /newsdesk} manages and reports besides the channel modes. */
        public Builder admin(NewsdeskAdmin admin) {
            this.admin = Objects.requireNonNull(admin);
            return this;
        }

        /**
         * Where the shards' logins take turns with other processes of the bot (a lock per identify bucket shared
         * through the database), and the pause each login keeps its bucket for (Discord asks 5 s).
         */
        public Builder identifyLocks(ProcessLocks locks, Duration delay) {
            this.identifyLocks = Objects.requireNonNull(locks);
            this.identifyDelay = Objects.requireNonNull(delay);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Adds a slash command, registered and run with the built-in ones. */
        public Builder command(SlashCommand command) {
            this.extensions.add(Objects.requireNonNull(command));
            return this;
        }

        public DiscordBot build() {
            if (token == null || token.isBlank()) {
                throw new DiscordLoginException("DISCORD_TOKEN is not set: put the bot token from the Developer Portal in it");
            }
            return new DiscordBot(this);
        }
    }
}
