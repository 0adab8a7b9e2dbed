package newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsdesk.answer.Answer;
import newsdesk.article.Article;
import newsdesk.article.ArticleReader;
import newsdesk.article.StoredArticle;
import newsdesk.briefing.BriefingSettings;
import newsdesk.briefing.Briefings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /timeline} through the real JDA client and {@link FakeDiscord}: the events as text, the chart attached. */
class TimelineEndToEndTest {
    private static final long GUILD = FakeDiscord.GUILD;
    private static final long CHANNEL = FakeDiscord.CHANNEL;
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static BotOnFakeDiscord running;

    @BeforeAll
    static void start() throws Exception {
        Path story = Path.of(TimelineEndToEndTest.class.getResource("/briefing/timeline").toURI());
        ArticleReader reader = new ArticleReader(1_000_000);
        List<StoredArticle> stored = new ArrayList<>();
        for (String name : List.of("lake-ferry-1.md", "lake-ferry-2.md", "lake-ferry-3.md")) {
            for (Article a : reader.read(story.resolve(name))) {
                stored.add(new StoredArticle(a, Instant.parse("2025-05-14T00:00:00Z"), 1, name));
            }
        }
        var articles = new ListArticleStore(stored);
        Clock clock = Clock.systemUTC();
        running = BotOnFakeDiscord.start(fake -> {
            DiscordSettings settings = new DiscordSettings(List.of(GUILD), Set.of(), Set.of(), 100, 100, 2, 4,
                    fake.apiBaseUrl(), fake.gatewayUrl(), false);
            return DiscordBot.builder(settings, q -> new Answer(q.text(), "-", true, List.of(), Answer.EXTRACTIVE, null, 0),
                            articles).clock(clock)
                    .command(TimelineCommand.of(Briefings.timelines(articles, BriefingSettings.DEFAULTS, clock)));
        });
    }

    @AfterAll
    static void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void theTimelineComesWithItsChartAttached() throws Exception {
        FakeDiscord discord = running.discord;
        String id = discord.runSlashCommand("timeline", CHANNEL, FakeDiscord.textOption("query", "Lake Orrin ferry"));
        var reply = discord.await("PATCH", discord.originalResponseOf(id), WAIT);
        String content = reply.body().path("content").asText();
        assertThat(content).contains("Timeline").contains("first report").contains("people killed: 17 → 26")
                .contains("[1]");
        assertThat(reply.body().path("attachments").findValuesAsText("filename"))
                .containsExactly("timeline-people-killed.png");
        assertThat(reply.body().path("allowed_mentions").path("parse")).isEmpty();
    }
}
