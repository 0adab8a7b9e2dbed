package newsdesk.discord;

import static newsdesk.discord.FakeDiscord.CHANNEL;
import static newsdesk.discord.FakeDiscord.GUILD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import newsdesk.answer.Answer;
import newsdesk.briefing.Briefing;
import newsdesk.briefing.BriefingSettings;
import newsdesk.briefing.SubscriptionStatus;
import newsdesk.briefing.Subscriptions;
import newsdesk.state.Subscription;
import newsdesk.state.SubscriptionRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Who may change what, through the real JDA client and {@link FakeDiscord}: {@code /briefing} checks Manage Channels
 * in the channel it changes (with that channel's overwrites), not where it was typed; it takes text and announcement
 * channels only; it is hidden by default from members without Manage Channels; {@code /brief} counts against the
 * rate limits. Each test stands alone.
 */
@Timeout(value = 60)
class DiscordPermissionsEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static BotOnFakeDiscord running;
    private static FakeDiscord discord;
    private static final List<SubscriptionRequest> subscribed = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        running = BotOnFakeDiscord.start(fake -> {
            DiscordSettings settings = new DiscordSettings(List.of(GUILD), Set.of(), Set.of(), 2, 100, 2, 16,
                    fake.apiBaseUrl(), fake.gatewayUrl(), false);
            Clock clock = Clock.systemUTC();
            DiscordBot.Builder builder = DiscordBot.builder(settings, q -> new Answer(q.text(), "-", true, List.of(),
                    Answer.EXTRACTIVE, null, 0), new ListArticleStore(List.of())).clock(clock);
            BriefingCommands.of(new Recorded(), request -> new Briefing(request.since(), clock.instant(),
                    request.topic(), List.of(), List.of()), BriefingSettings.DEFAULTS, clock).forEach(builder::command);
            return builder;
        });
        discord = running.discord;
    }

    @AfterAll
    static void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void managingTheChannelWhereTheCommandIsTypedDoesNotAllowChangingAnotherOne() throws Exception {
        discord.interactAs(FakeGuild.EDITOR);
        try {
            String elsewhere = discord.runSubcommand("briefing", "subscribe", CHANNEL,
                    FakeDiscord.channelOption("channel", FakeGuild.ANNOUNCEMENTS));
            assertThat(reply(elsewhere)).contains("Manage Channels").contains("<#" + FakeGuild.ANNOUNCEMENTS + ">");
            assertThat(subscribed).noneMatch(r -> r.channelId().equals(String.valueOf(FakeGuild.ANNOUNCEMENTS))
                    && r.requestedBy().equals(String.valueOf(FakeGuild.EDITOR)));

            String here = discord.runSubcommand("briefing", "subscribe", CHANNEL);
            assertThat(reply(here)).contains("gets a daily briefing");
            assertThat(subscribed).anyMatch(r -> r.channelId().equals(String.valueOf(CHANNEL))
                    && r.requestedBy().equals(String.valueOf(FakeGuild.EDITOR)));
        } finally {
            discord.interactAs(FakeDiscord.USER);
        }
    }

    @Test
    void anAnnouncementChannelCanGetABriefingButACategoryCannot() throws Exception {
        String announcements = discord.runSubcommand("briefing", "subscribe", CHANNEL,
                FakeDiscord.channelOption("channel", FakeGuild.ANNOUNCEMENTS));
        assertThat(reply(announcements)).contains("gets a daily briefing");

        String category = discord.runSubcommand("briefing", "subscribe", CHANNEL,
                FakeDiscord.channelOption("channel", FakeGuild.CATEGORY));
        var refused = discord.await("POST", discord.callbackOf(category), WAIT);
        assertThat(refused.body().path("type").asInt()).isEqualTo(4);
        assertThat(refused.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(refused.body().path("data").path("content").asText()).isEqualTo(ExtensionCommand.PICK_A_TEXT_CHANNEL);
        assertThat(subscribed).noneMatch(r -> r.channelId().equals(String.valueOf(FakeGuild.CATEGORY)));
    }

    @Test
    void briefingIsShownByDefaultOnlyToChannelManagersAndItsChannelOptionOffersTextAndAnnouncementChannels()
            throws Exception {
        var put = discord.await("PUT", "applications/\\d+/guilds/" + GUILD + "/commands", WAIT);
        JsonNode briefing = command(put.body(), "briefing");
        assertThat(briefing.path("default_member_permissions").asText()).isEqualTo(String.valueOf(FakeGuild.MANAGE_CHANNELS));
        JsonNode channel = briefing.path("options").get(0).path("options").get(0);
        assertThat(channel.path("name").asText()).isEqualTo("channel");
        assertThat(channel.path("channel_types")).extracting(JsonNode::asInt).containsExactlyInAnyOrder(0, 5);
        assertThat(command(put.body(), "brief").path("default_member_permissions").isNull()).isTrue();
    }

    @Test
    void briefCountsAgainstTheRateLimits() throws Exception {
        discord.interactAs(FakeDiscord.MEMBER);
        try {
            for (int i = 0; i < 2; i++) {
                String id = discord.runSlashCommand("brief", CHANNEL);
                assertThat(discord.await("POST", discord.callbackOf(id), WAIT).body().path("type").asInt()).isEqualTo(5);
            }
            String third = discord.runSlashCommand("brief", CHANNEL);
            var refused = discord.await("POST", discord.callbackOf(third), WAIT);
            assertThat(refused.body().path("type").asInt()).isEqualTo(4);
            assertThat(refused.body().path("data").path("content").asText()).startsWith("You're asking faster");
        } finally {
            discord.interactAs(FakeDiscord.USER);
        }
    }

    private static JsonNode command(JsonNode commands, String name) {
        for (JsonNode c : commands) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no /" + name + " in " + commands);
    }

    private static String reply(String interactionId) throws InterruptedException {
        return discord.await("PATCH", discord.originalResponseOf(interactionId), WAIT).body().path("content").asText();
    }

    /** Subscriptions that only note what was asked. */
    private static final class Recorded implements Subscriptions {
        @Override
        public Subscription subscribe(SubscriptionRequest r) {
            subscribed.add(r);
            Instant now = Instant.now();
            return new Subscription(subscribed.size(), r.guildId(), r.channelId(),
                    r.time() == null ? BriefingSettings.DEFAULTS.defaultTime() : r.time(),
                    r.zone() == null ? BriefingSettings.DEFAULTS.defaultZone() : r.zone(), r.topic(),
                    r.nothingNew() == null ? BriefingSettings.DEFAULTS.nothingNew() : r.nothingNew(), true, null,
                    r.requestedBy(), now, now);
        }

        @Override
        public boolean unsubscribe(String guildId, String channelId) {
            return false;
        }

        @Override
        public List<SubscriptionStatus> list(String guildId) {
            return List.of();
        }
    }
}
