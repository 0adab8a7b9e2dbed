package newsdesk.discord;

import static newsdesk.discord.FakeDiscord.CHANNEL;
import static newsdesk.discord.FakeDiscord.GUILD;
import static newsdesk.discord.FakeDiscord.OTHER_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsdesk.answer.Answerer;
import newsdesk.answer.LlmAnswerers;
import newsdesk.answer.extractive.OfflineAnswerers;
import newsdesk.article.ArticleReader;
import newsdesk.article.Ingestor;
import newsdesk.article.WebPages;
import newsdesk.article.WebSettings;
import newsdesk.feeds.Feeds;
import newsdesk.feeds.FeedPoller;
import newsdesk.state.StateDatabase;
import newsdesk.config.Config;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.RetrievalSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Managing Newsdesk from Discord, through the real JDA client and {@link FakeDiscord}, over a real index and state
 * database wired as the bot command wires them: adding articles from a link, a file and a message (then asking about
 * them), asking about a message, channel modes, feeds, status and stats, and admins only. Pages, files and the feed
 * are served on 127.0.0.1, which {@code ingest.allow-private-urls} lets the bot read.
 */
@Timeout(value = 90)
class DiscordAdminEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String MENTION = "<@" + FakeDiscord.BOT + ">";
    private static final String PAGE = """
            <html><head><title>Glassworks to close after 140 years</title>
            <meta property="og:site_name" content="Valley Courier">
            <meta property="article:published_time" content="2025-02-06T08:00:00Z"></head>
            <body><nav>Home | News</nav><article><h1>Glassworks to close after 140 years</h1>
            <p>The Lindenfeld glassworks will shut its last furnace in June, ending 140 years of glassmaking in the town,
            the owners said on Thursday.</p>
            <p>About 310 workers will lose their jobs when the plant closes, according to the works council.</p>
            </article></body></html>""";
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>River Post</title><link>https://river.example/</link>
            <description>Local news</description>
            <item><title>Old bridge reopens to cyclists</title><link>https://river.example/bridge</link>
            <pubDate>Mon, 03 Mar 2025 07:00:00 GMT</pubDate>
            <description>The old stone bridge reopened to cyclists on Monday after eight months of repairs, the city said.</description>
            </item></channel></rss>""";

    @TempDir
    static Path data;

    private static HttpServer web;
    private static NewsIndex index;
    private static StateDatabase state;
    private static FeedPoller poller;
    private static BotOnFakeDiscord running;
    private static FakeDiscord discord;

    @BeforeAll
    static void start() throws Exception {
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/glassworks", e -> send(e, "text/html; charset=utf-8", PAGE));
        web.createContext("/feed.xml", e -> send(e, "application/rss+xml", FEED));
        web.start();

        Clock clock = Clock.systemUTC();
        Config config = Config.defaults().with("ingest.allow-private-urls", true)
                .with("articles.load-sample-when-empty", false)
                .with("discord.guild-ids", List.of(String.valueOf(GUILD)))
                .with("discord.user-rate-per-minute", 1000).with("discord.guild-rate-per-minute", 10_000);
        index = Retrieval.open(data.resolve("index"), Retrieval.defaultEmbeddingModel(), RetrievalSettings.from(config), clock);
        state = StateDatabase.open(data, clock);
        poller = Feeds.poller(config, state, index, clock);
        Answerer answerer = LlmAnswerers.configured(index, OfflineAnswerers.offline(index, index, config), config, Map.of(),
                clock);
        ArticleReader reader = new ArticleReader(5_000_000);
        WebSettings webSettings = WebSettings.from(config);
        running = BotOnFakeDiscord.start(fake -> DiscordBot.builder(
                        DiscordSettings.from(config).withEndpoints(fake.apiBaseUrl(), fake.gatewayUrl()), answerer, index)
                .clock(clock)
                .questions(state.questions())
                .feedback(FeedbackSink.into(state.feedback()))
                .channelSettings(ChannelSettings.stored(state.channelModes(), clock))
                .intake(new ArticleIntake(new WebPages(webSettings, reader), reader, new Ingestor(index, reader),
                        webSettings.maxBytes()))
                .admin(new NewsdeskAdmin(state.addedFeeds(), poller, null, "offline reader")));
        discord = running.discord;
    }

    @AfterAll
    static void stop() throws Exception {
        if (running != null) {
            running.close();
        }
        if (poller != null) {
            poller.close();
        }
        if (state != null) {
            state.close();
        }
        if (index != null) {
            index.close();
        }
        if (web != null) {
            web.stop(0);
        }
    }

    @Test
    void aPageAddedByLinkIsStoredWithAReceiptAndThenAnswersQuestionsCitingIt() throws Exception {
        String link = local("/glassworks");
        String add = discord.runSlashCommand("add", CHANNEL, FakeDiscord.textOption("url", link));

        var deferred = discord.await("POST", discord.callbackOf(add), WAIT);
        assertThat(deferred.body().path("data").path("flags").asInt() & 64).as("a private receipt").isEqualTo(64);
        assertThat(reply(add)).startsWith("✅ Added “Glassworks to close after 140 years”");

        JsonNode answer = ask("How many workers will lose their jobs at the glassworks?");
        assertThat(answer.path("content").asText()).contains("310");
        assertThat(answer.path("embeds").get(0).path("url").asText()).isEqualTo(link);
        assertThat(answer.path("embeds").get(0).path("author").path("name").asText()).isEqualTo("Valley Courier");

        String again = discord.runSlashCommand("add", CHANNEL, FakeDiscord.textOption("url", link));
        assertThat(reply(again)).startsWith("➖ Already stored, unchanged");
    }

    @Test
    void anAttachedFileIsAddedAndAnUnsupportedOneIsRefusedWithTheReason() throws Exception {
        String add = discord.runSlashCommand("add", CHANNEL, discord.attachmentOption("file", "tram-fares.md", "text/markdown",
                ("---\ntitle: Tram fares rise in Osterby\nsource: Osterby Gazette\n---\n"
                        + "Tram fares in Osterby will rise by 12 percent from April, the transport board said on Friday.")
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(reply(add)).startsWith("✅ Added “Tram fares rise in Osterby”");
        assertThat(ask("By how much will tram fares in Osterby rise?").path("content").asText()).contains("12 percent");

        String pdf = discord.runSlashCommand("add", CHANNEL, discord.attachmentOption("file", "report.pdf",
                "application/pdf", new byte[] {'%', 'P', 'D', 'F'}));
        assertThat(reply(pdf)).startsWith("⚠️ Skipped `report.pdf`: only .md, .txt, .html and .json files");
    }

    @Test
    void addToNewsdeskTakesAMessagesTextAndAskAboutThisAnswersAMessage() throws Exception {
        String posted = discord.postMessage(CHANNEL, "The harbour council voted on Tuesday to build a second ferry "
                + "terminal on the north quay, with work starting in autumn and the first boats due in two years.", false, false);
        String add = discord.runMessageCommand(AddMessageMenu.NAME, CHANNEL, posted);
        assertThat(reply(add)).startsWith("✅ Added").contains("the message's text");

        String question = discord.postMessage(CHANNEL, "where will the second ferry terminal be built", false, false);
        String asked = discord.runMessageCommand(AskMessageMenu.NAME, CHANNEL, question);
        var deferred = discord.await("POST", discord.callbackOf(asked), WAIT);
        assertThat(deferred.body().path("data").path("flags").asInt(0) & 64).as("answered for all to see").isZero();
        assertThat(reply(asked)).containsIgnoringCase("north quay");
    }

    @Test
    void onlyAdminsAddArticlesOrChangeSettings() throws Exception {
        discord.interactAs(FakeDiscord.MEMBER);
        try {
            for (String id : List.of(discord.runSlashCommand("add", CHANNEL, FakeDiscord.textOption("url", local("/glassworks"))),
                    discord.runSubcommand("newsdesk", "status", CHANNEL))) {
                var refused = discord.await("POST", discord.callbackOf(id), WAIT);
                assertThat(refused.body().path("type").asInt()).isEqualTo(4);
                assertThat(refused.body().path("data").path("content").asText()).contains("Manage Server");
            }
        } finally {
            discord.interactAs(FakeDiscord.USER);
        }
        var put = discord.await("PUT", "applications/\\d+/guilds/" + GUILD + "/commands", WAIT);
        for (JsonNode c : put.body()) {
            if (List.of("add", "newsdesk", AddMessageMenu.NAME).contains(c.path("name").asText())) {
                assertThat(c.path("default_member_permissions").asText()).as(c.path("name").asText()).isEqualTo("32");
            }
        }
    }

    @Test
    void aChannelSwitchedOffIsSilentUntilSwitchedBackOn() throws Exception {
        String off = discord.runSubcommand("newsdesk", "channel", CHANNEL, FakeDiscord.textOption("mode", "off"),
                FakeDiscord.channelOption("channel", OTHER_CHANNEL));
        assertThat(reply(off)).contains("silent").contains("<#" + OTHER_CHANNEL + ">");

        String ask = discord.runSlashCommand("ask", OTHER_CHANNEL, FakeDiscord.textOption("question", "Any news?"));
        assertThat(discord.await("POST", discord.callbackOf(ask), WAIT).body().path("data").path("content").asText())
                .isEqualTo(AccessPolicy.NOT_ENABLED);
        String ignored = discord.postMessage(OTHER_CHANNEL, MENTION + " how many workers lose their jobs?", true, false);

        String on = discord.runSubcommand("newsdesk", "channel", CHANNEL, FakeDiscord.textOption("mode", "default"),
                FakeDiscord.channelOption("channel", OTHER_CHANNEL));
        assertThat(reply(on)).contains("<#" + OTHER_CHANNEL + ">");
        String asked = discord.postMessage(OTHER_CHANNEL, MENTION + " is anything new?", true, false);
        discord.await("POST", "channels/" + OTHER_CHANNEL + "/messages/" + asked + "/threads", WAIT);
        assertThat(discord.threadStartedFrom(ignored)).isNull();
        assertThat(discord.requests()).noneMatch(r -> r.path().contains(ignored));
    }

    @Test
    void feedsAreAddedListedAndRemovedAtRunTime() throws Exception {
        String feed = local("/feed.xml");
        String add = discord.runGroupedSubcommand("newsdesk", "feeds", "add", CHANNEL, FakeDiscord.textOption("url", feed));
        assertThat(reply(add)).isEqualTo("Added <" + feed + ">: 1 new articles, 0 updated.");
        assertThat(reply(discord.runGroupedSubcommand("newsdesk", "feeds", "list", CHANNEL)))
                .contains("<" + feed + ">", "read <t:");
        assertThat(state.addedFeeds().urls()).containsExactly(feed);

        String remove = discord.runGroupedSubcommand("newsdesk", "feeds", "remove", CHANNEL, FakeDiscord.textOption("url", feed));
        assertThat(reply(remove)).contains("no longer read");
        assertThat(state.addedFeeds().urls()).isEmpty();
        String bad = discord.runGroupedSubcommand("newsdesk", "feeds", "add", CHANNEL, FakeDiscord.textOption("url", "file:///etc/passwd"));
        assertThat(reply(bad)).contains("cannot be added");
    }

    @Test
    void statusShowsTheStoreAndThePermissionsTheBotLacksAndStatsCountTheWeeksQuestions() throws Exception {
        ask("What is the price of tea on the moon?");
        ask("what is the price of tea on the moon");

        String status = reply(discord.runSubcommand("newsdesk", "status", CHANNEL));
        assertThat(status).contains("**Newsdesk status**", "Articles:", "offline reader",
                "#no-threads: Send Messages in Threads");
        String stats = reply(discord.runSubcommand("newsdesk", "stats", CHANNEL));
        assertThat(stats).contains("questions", "declined", "Asked most often without an answer",
                "“What is the price of tea on the moon?” (2×)");
    }

    private static JsonNode ask(String question) throws InterruptedException {
        String id = discord.runSlashCommand("ask", CHANNEL, FakeDiscord.textOption("question", question));
        return discord.await("PATCH", discord.originalResponseOf(id), WAIT).body();
    }

    private static String reply(String interactionId) throws InterruptedException {
        return discord.await("PATCH", discord.originalResponseOf(interactionId), WAIT).body().path("content").asText();
    }

    private static String local(String path) {
        return "http://127.0.0.1:" + web.getAddress().getPort() + path;
    }

    private static void send(HttpExchange e, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", type);
        e.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }
}
