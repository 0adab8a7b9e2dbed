package newsdesk.discord;

import newsdesk.testing.MutableClock;

import static newsdesk.discord.FakeDiscord.CHANNEL;
import static newsdesk.discord.FakeDiscord.GUILD;
import static newsdesk.discord.FakeDiscord.OTHER_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import newsdesk.answer.Answer;
import newsdesk.article.Article;
import newsdesk.article.StoredArticle;
import newsdesk.briefing.BriefingChannel;
import newsdesk.briefing.BriefingScheduler;
import newsdesk.briefing.BriefingSettings;
import newsdesk.briefing.BriefingWriter;
import newsdesk.briefing.Briefings;
import newsdesk.briefing.PostResult;
import newsdesk.state.StateDatabase;
import newsdesk.state.Subscription;
import newsdesk.state.SubscriptionRequest;
import newsdesk.briefing.SubscriptionStatus;
import newsdesk.briefing.Subscriptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Briefings through the real JDA client and {@link FakeDiscord}: {@code /briefing} subscribes a channel, the scheduler
 * posts its briefing once at the scheduled instant, and a restarted scheduler (a new process over the same database)
 * does not post it again, even when the first process died between Discord accepting the post and recording it.
 *
 * <p>The test clock runs two days behind the real one: the fake's message ids come from the real clock, and a lost
 * post is looked for among messages created after the briefing's (test) time.
 */
@Timeout(value = 60)
class BriefingEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SENTENCE = "Dockworkers at the port of Rotterdam walked off the job on Monday over automation plans.";

    @TempDir
    Path data;

    // each test has its own bot, fake Discord, clock and state database, so that any one of them can run alone
    private BotOnFakeDiscord running;
    private FakeDiscord discord;
    private MutableClock clock;
    private BriefingWriter writer;
    private final AtomicReference<BriefingChannel> channel = new AtomicReference<>();
    private StateDatabase db;
    private BriefingScheduler scheduler;

    @BeforeEach
    void start() throws Exception {
        clock = new MutableClock(Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES));
        var articles = new ListArticleStore(List.of(new StoredArticle(new Article("strike", "Rotterdam dock strike",
                "Harbour Wire", clock.instant().minus(Duration.ofHours(2)).toString(), "https://harbour.example/strike",
                SENTENCE + " About 2,000 dockworkers joined the strike, the union said.", "test"),
                clock.instant().minus(Duration.ofHours(1)), 1, "h")));
        writer = Briefings.writer(articles, BriefingSettings.DEFAULTS, clock);
        db = StateDatabase.open(data, clock);
        scheduler = newScheduler();
        running = BotOnFakeDiscord.start(fake -> {
            DiscordSettings settings = new DiscordSettings(List.of(GUILD), Set.of(), Set.of(), 100, 100, 2, 4,
                    fake.apiBaseUrl(), fake.gatewayUrl(), false);
            DiscordBot.Builder builder = DiscordBot.builder(settings, q -> new Answer(q.text(), "-", true, List.of(),
                            Answer.EXTRACTIVE, null, 0), articles)
                    .clock(clock);
            BriefingCommands.of(new CurrentSubscriptions(), writer, BriefingSettings.DEFAULTS, clock).forEach(builder::command);
            return builder;
        });
        discord = running.discord;
        channel.set(running.bot.briefingChannel());
    }

    private BriefingScheduler newScheduler() {
        return Briefings.scheduler(db, writer, Briefings.channelOnceReady(channel::get), BriefingSettings.DEFAULTS, clock);
    }

    /** A new process: the old scheduler and database connection are dropped, the file stays. */
    private void restartScheduler() {
        scheduler.close();
        db.close();
        db = StateDatabase.open(data, clock);
        scheduler = newScheduler();
    }

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
        if (scheduler != null) {
            scheduler.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private String reply(String interactionId) throws InterruptedException {
        return discord.await("PATCH", discord.originalResponseOf(interactionId), WAIT).body().path("content").asText();
    }

    private void moveClockTo(Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
    }

    @Test
    void registersBriefingAndBrief() throws Exception {
        var put = discord.await("PUT", "applications/\\d+/guilds/" + GUILD + "/commands", WAIT);
        List<String> names = new java.util.ArrayList<>();
        put.body().forEach(c -> names.add(c.path("name").asText()));
        assertThat(names).contains("briefing", "brief");
    }

    @Test
    void subscribingNeedsManageChannelsAndTheRefusalIsPrivate() throws Exception {
        discord.interactAs(FakeDiscord.MEMBER);
        try {
            String id = discord.runSubcommand("briefing", "subscribe", CHANNEL);
            var ack = discord.await("POST", discord.callbackOf(id), WAIT);
            assertThat(ack.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
            assertThat(reply(id)).contains("Manage Channels");
        } finally {
            discord.interactAs(FakeDiscord.USER);
        }
    }

    @Test
    void anInvalidTimeOrZoneIsRefusedNamingTheValidForm() throws Exception {
        String badTime = discord.runSubcommand("briefing", "subscribe", CHANNEL, FakeDiscord.textOption("time", "25:00"));
        assertThat(reply(badTime)).contains("not a time of day").contains("HH:MM");
        String badZone = discord.runSubcommand("briefing", "subscribe", CHANNEL,
                FakeDiscord.textOption("timezone", "Mars/Olympus"));
        assertThat(reply(badZone)).contains("not a time zone").contains("Area/City");
        assertThat(scheduler.subscriptions().list(String.valueOf(GUILD))).isEmpty();
    }

    @Test
    void aSubscriptionPostsItsBriefingOnceAtTheScheduledInstant() throws Exception {
        LocalTime at = LocalTime.ofInstant(clock.instant().plus(Duration.ofMinutes(10)), ZoneOffset.UTC);
        String id = discord.runSubcommand("briefing", "subscribe", CHANNEL,
                FakeDiscord.textOption("time", at.toString()), FakeDiscord.textOption("timezone", "UTC"));
        assertThat(reply(id)).contains("gets a daily briefing at " + at + " UTC");
        String list = reply(discord.runSubcommand("briefing", "list", CHANNEL));
        assertThat(list).contains("<#" + CHANNEL + ">").contains("next <t:");

        Instant due = scheduler.nextDue().orElseThrow();
        assertThat(due).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        moveClockTo(due.minusSeconds(1));
        scheduler.runDue();
        assertThat(discord.messagesIn(CHANNEL)).isEmpty();

        moveClockTo(due);
        scheduler.runDue();
        var post = discord.await("POST", "channels/" + CHANNEL + "/messages", WAIT);
        assertThat(post.body().path("nonce").asText()).matches("b1\\.\\d{8}\\.0");
        assertThat(post.body().path("enforce_nonce").asBoolean()).isTrue();
        assertThat(post.body().path("allowed_mentions").path("parse")).isEmpty();
        assertThat(post.body().path("content").asText()).contains("Daily briefing").contains(SENTENCE + " [1]")
                .endsWith(post.body().path("nonce").asText());
        assertThat(discord.messagesIn(CHANNEL)).hasSize(1);
    }

    @Test
    void aRestartedSchedulerDoesNotPostItAgain() throws Exception {
        subscribeInTenMinutes(CHANNEL);
        moveClockTo(scheduler.nextDue().orElseThrow());
        scheduler.runDue();
        discord.await("POST", "channels/" + CHANNEL + "/messages", WAIT);
        assertThat(discord.messagesIn(CHANNEL)).hasSize(1);

        restartScheduler();
        moveClockTo(clock.instant().plus(Duration.ofMinutes(5)));
        scheduler.runDue();
        scheduler.runDue();
        assertThat(discord.messagesIn(CHANNEL)).hasSize(1);
        String list = reply(discord.runSubcommand("briefing", "list", CHANNEL));
        assertThat(list).contains("last: posted");
    }

    @Test
    void aProcessThatDiedAfterDiscordAcceptedThePostIsResolvedFromTheChannelsHistory() throws Exception {
        LocalTime at = LocalTime.ofInstant(clock.instant().plus(Duration.ofMinutes(10)), ZoneOffset.UTC);
        reply(discord.runSubcommand("briefing", "subscribe", OTHER_CHANNEL, FakeDiscord.textOption("time", at.toString()),
                FakeDiscord.textOption("timezone", "UTC")));
        BriefingChannel real = channel.get();
        channel.set(new BriefingChannel() {
            @Override
            public PostResult post(String guildId, String channelId, String content, String nonce) {
                real.post(guildId, channelId, content, nonce);
                throw new Died();
            }

            @Override
            public PostResult findPosted(String guildId, String channelId, String nonce, Instant after) {
                return real.findPosted(guildId, channelId, nonce, after);
            }
        });
        moveClockTo(scheduler.nextDue().orElseThrow());
        assertThatThrownBy(scheduler::runDue).isInstanceOf(Died.class);
        assertThat(discord.messagesIn(OTHER_CHANNEL)).hasSize(1);

        channel.set(real);
        discord.expireNonces();  // long enough ago that Discord would create a second message for the nonce
        moveClockTo(clock.instant().plus(Duration.ofMinutes(30)));
        restartScheduler();
        scheduler.runDue();

        discord.await("GET", "channels/" + OTHER_CHANNEL + "/messages", WAIT);
        assertThat(discord.messagesIn(OTHER_CHANNEL)).hasSize(1);
        assertThat(reply(discord.runSubcommand("briefing", "list", OTHER_CHANNEL))).contains("last: posted");
    }

    @Test
    void briefAnswersInTheChannelWithTheStoriesAndSources() throws Exception {
        String id = discord.runSlashCommand("brief", CHANNEL, FakeDiscord.textOption("since", "3d"));
        var ack = discord.await("POST", discord.callbackOf(id), WAIT);
        assertThat(ack.body().path("data").path("flags").asInt(0) & 64).isZero();
        assertThat(reply(id)).contains("**Briefing**").contains(SENTENCE).contains("Harbour Wire");
        String bad = reply(discord.runSlashCommand("brief", CHANNEL, FakeDiscord.textOption("since", "yesterday")));
        assertThat(bad).contains("24h");
    }

    @Test
    void unsubscribingStopsTheBriefing() throws Exception {
        subscribeInTenMinutes(CHANNEL);
        subscribeInTenMinutes(OTHER_CHANNEL);
        String id = discord.runSubcommand("briefing", "unsubscribe", CHANNEL);
        assertThat(reply(id)).contains("no more daily briefings");
        assertThat(reply(discord.runSubcommand("briefing", "list", CHANNEL))).doesNotContain("<#" + CHANNEL + ">")
                .contains("<#" + OTHER_CHANNEL + ">");
    }

    private void subscribeInTenMinutes(long channelId) throws InterruptedException {
        LocalTime at = LocalTime.ofInstant(clock.instant().plus(Duration.ofMinutes(10)), ZoneOffset.UTC);
        assertThat(reply(discord.runSubcommand("briefing", "subscribe", channelId,
                FakeDiscord.textOption("time", at.toString()), FakeDiscord.textOption("timezone", "UTC"))))
                .contains("gets a daily briefing at " + at + " UTC");
    }

    /** The commands keep working across the scheduler restarts this test makes (a real restart restarts the bot too). */
    private final class CurrentSubscriptions implements Subscriptions {
        @Override
        public Subscription subscribe(SubscriptionRequest request) {
            return scheduler.subscriptions().subscribe(request);
        }

        @Override
        public boolean unsubscribe(String guildId, String channelId) {
            return scheduler.subscriptions().unsubscribe(guildId, channelId);
        }

        @Override
        public List<SubscriptionStatus> list(String guildId) {
            return scheduler.subscriptions().list(guildId);
        }
    }

    private static final class Died extends Error {
        Died() {
            super("the process died here");
        }
    }
}
