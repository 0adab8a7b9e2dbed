package newsdesk.briefing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import newsdesk.article.ArticleStore;
import newsdesk.config.Config;
import newsdesk.llm.LanguageModel;
import newsdesk.llm.Llm;
import newsdesk.llm.LlmSettings;
import newsdesk.prompt.PromptTemplates;
import newsdesk.state.StateDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the briefing parts; the bot wires them together by hand. */
public final class Briefings {
    private static final Logger log = LoggerFactory.getLogger(Briefings.class);

    private Briefings() {
    }

    /**
     * The scheduler of daily briefings (also the {@link Subscriptions} that {@code /briefing} changes). Call
     * {@link BriefingScheduler#start()} once the channel can post, and close it before the database.
     */
    public static BriefingScheduler scheduler(StateDatabase db, BriefingWriter writer, BriefingChannel channel,
                                              BriefingSettings settings, Clock clock) {
        return scheduler(db, writer, channel, settings, clock, guildId -> true);
    }

    /**
     * As {@link #scheduler(StateDatabase, BriefingWriter, BriefingChannel, BriefingSettings, Clock)} for one of
     * several processes sharing the database: it posts the briefings of the guilds it serves only (the guilds of its
     * Discord shards); the others are left to their own process.
     */
    public static BriefingScheduler scheduler(StateDatabase db, BriefingWriter writer, BriefingChannel channel,
                                              BriefingSettings settings, Clock clock, Predicate<String> servesGuild) {
        LedgerDelivery delivery = new LedgerDelivery(db.subscriptions(), db.ledger(), writer, channel, settings, clock,
                servesGuild);
        SubscriptionService subscriptions = new SubscriptionService(db.subscriptions(), db.ledger(), delivery,
                settings, clock);
        return new BriefingTimer(delivery, subscriptions, settings.retryDelay(), clock);
    }

    /**
     * The offline briefing writer over the store: new articles grouped into stories, the biggest with verbatim, cited
     * sentences, and figures reported differently.
     */
    public static BriefingWriter writer(ArticleStore store, BriefingSettings settings, Clock clock) {
        return new ExtractiveBriefingWriter(selection(store, settings, clock), clock);
    }

    private static StorySelection selection(ArticleStore store, BriefingSettings settings, Clock clock) {
        return new StorySelection(store, settings.maxStories(), settings.maxAge(), clock);
    }

    /**
     * The configured briefing writer: with {@code llm.provider: none} the offline one; otherwise each story told by
     * the language model through {@code prompts/briefing.txt}, checked like an answer, and told offline when the
     * model fails, times out ({@code llm.timeout-seconds} per story) or writes nothing that holds up.
     *
     * @param env the environment, for the API key
     * @throws newsdesk.config.ConfigException on a bad {@code llm.*} setting or prompt file
     */
    public static BriefingWriter writer(ArticleStore store, BriefingSettings settings, Config config,
                                        Map<String, String> env, Clock clock) {
        StorySelection selection = selection(store, settings, clock);
        Optional<LanguageModel> model = Llm.languageModel(LlmSettings.from(config, env), clock);
        if (model.isEmpty()) {
            return new ExtractiveBriefingWriter(selection, clock);
        }
        PromptTemplates prompts = Llm.prompts(config);
        log.info("briefings by {}; prompt from {}", model.get(), prompts.origin());
        return new LlmBriefingWriter(selection, model.get(), prompts.briefing(), clock);
    }

    /**
     * A briefing asked for (the {@code brief} command, {@code /brief}) as at most two Discord messages of at most 2,000
     * characters.
     */
    public static List<String> messages(Briefing briefing, ZoneId zone) {
        return BriefingText.onDemand(briefing, zone, BriefingText.MAX_MESSAGES);
    }

    /** Timelines of the stories in the store ({@code timeline}, {@code /timeline}). */
    public static StoryTimelines timelines(ArticleStore store, BriefingSettings settings, Clock clock) {
        return new TimelineWriter(selection(store, settings, clock));
    }

    /** A timeline as Discord messages of at most 2,000 characters: its events, its charted figures, its sources. */
    public static List<String> messages(Timeline timeline) {
        return TimelineText.messages(timeline);
    }

    /** The JSON object of {@code timeline --json}: query, headline, articles, events, charted, chartFiles, text. */
    public static String json(Timeline timeline, List<String> chartFiles) {
        return TimelineText.json(timeline, chartFiles);
    }

    /** The PNG chart of one of the timeline's charted figures. */
    public static byte[] chart(Timeline timeline, FigureSeries series) {
        return FigureChart.png(TimelineText.chartTitle(timeline, series), series);
    }

    /** The JSON object of {@code brief --json}; its text is {@link #messages} joined by blank lines. */
    public static String json(Briefing briefing, ZoneId zone) {
        return BriefingJson.write(briefing, messages(briefing, zone));
    }

    /**
     * A channel that forwards to one made later (e.g. by the Discord bot, which itself needs the scheduler's
     * subscriptions to be built); until then every call is a transient failure.
     */
    public static BriefingChannel channelOnceReady(Supplier<BriefingChannel> later) {
        return new BriefingChannel() {
            @Override
            public PostResult post(String guildId, String channelId, String content, String nonce) {
                BriefingChannel c = later.get();
                return c == null ? PostResult.transientFailure("not ready") : c.post(guildId, channelId, content, nonce);
            }

            @Override
            public PostResult findPosted(String guildId, String channelId, String nonce, Instant after) {
                BriefingChannel c = later.get();
                return c == null ? PostResult.transientFailure("not ready") : c.findPosted(guildId, channelId, nonce, after);
            }
        };
    }
}
