package newsdesk.discord;

import static newsdesk.discord.FakeDiscord.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;
import newsdesk.answer.LlmAnswerers;
import newsdesk.answer.extractive.OfflineAnswerers;
import newsdesk.answer.Question;
import newsdesk.article.ArticleReader;
import newsdesk.article.Ingestor;
import newsdesk.article.SampleCorpus;
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
 * The real JDA client against {@link FakeDiscord}, answered by the real offline answerer over the bundled sample
 * corpus, wired as production wires it (default config, a real index, {@link LlmAnswerers#configured}): /ask, a mention
 * answered in a new thread, a follow-up in that thread resolved with the thread's context, and a mention carrying
 * {@code @everyone} answered without any ping allowed. {@link DiscordEndToEndTest} keeps the cases that need a fake
 * answerer (failures, streamed drafts, shutdown with an answer in progress).
 */
@Timeout(value = 60)
class DiscordWithSampleEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String MENTION = "<@" + FakeDiscord.BOT + ">";

    @TempDir
    static Path data;

    private static NewsIndex index;
    private static BotOnFakeDiscord running;
    private static FakeDiscord discord;
    private static String sampleTitle;
    private static final List<Question> asked = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBotOverTheSampleAgainstFakeDiscord() throws Exception {
        Clock clock = Clock.systemUTC();
        Config config = Config.defaults();
        long start = System.nanoTime();
        index = Retrieval.open(data.resolve("index"), Retrieval.defaultEmbeddingModel(), RetrievalSettings.from(config), clock);
        var sample = SampleCorpus.load();
        sampleTitle = sample.get(0).title();
        new Ingestor(index, new ArticleReader(5_000_000)).ingest(sample);
        Answerer real = LlmAnswerers.configured(index, OfflineAnswerers.readerRetriever(index, config),
                OfflineAnswerers.offline(index, config), config, Map.of(), clock);
        Answerer answerer = new Answerer() { // the real answers; only the questions are noted
            @Override
            public Answer answer(Question question) {
                asked.add(question);
                return real.answer(question);
            }

            @Override
            public Answer answer(Question question, Consumer<String> partialText) {
                asked.add(question);
                return real.answer(question, partialText);
            }
        };
        System.out.printf("sample indexed and answerer built in %d ms%n", (System.nanoTime() - start) / 1_000_000);

        running = BotOnFakeDiscord.start(fake -> DiscordBot.builder(
                DiscordSettings.from(config).withEndpoints(fake.apiBaseUrl(), fake.gatewayUrl()), answerer, index).clock(clock));
        discord = running.discord;
    }

    @AfterAll
    static void stopBotThenFakeThenIndex() throws Exception {
        if (running != null) {
            running.close();
        }
        if (index != null) {
            index.close();
        }
    }

    @Test
    void askIsDeferredThenAnsweredWithTheFactAndTheSampleAsItsSource() throws Exception {
        String id = discord.runSlashCommand("ask", CHANNEL, FakeDiscord.textOption("question", "How many hostages died?"));

        var ack = discord.await("POST", discord.callbackOf(id), WAIT);
        long ackMs = (ack.receivedNanos() - discord.sentNanos(id)) / 1_000_000;
        System.out.printf("/ask over the sample: interaction dispatched -> acknowledged (deferred) in %d ms%n", ackMs);
        assertThat(ack.body().path("type").asInt()).isEqualTo(5);

        var answer = discord.await(r -> r.is("PATCH", discord.originalResponseOf(id))
                && r.body().path("embeds").size() > 0, WAIT, "the answer with its sources");
        String content = answer.body().path("content").asText();
        System.out.printf("/ask answer:%n%s%n", content);
        assertThat(content).contains("23").contains("[1]");
        assertThat(answer.body().path("embeds").get(0).path("title").asText()).isEqualTo("[1] " + sampleTitle);
    }

    @Test
    void mentionIsAnsweredInANewThread() throws Exception {
        long thread = askAboutThompsonInANewThread();
        assertThat(thread).isPositive();
    }

    /** Mentions the bot with a question; returns the thread it answered in. */
    private static long askAboutThompsonInANewThread() throws Exception {
        String messageId = discord.postMessage(CHANNEL, MENTION + " who is John Thompson?", true, false);

        discord.await("POST", "channels/" + CHANNEL + "/messages/" + messageId + "/threads", WAIT);
        long thompsonThread = discord.threadStartedFrom(messageId);
        var reply = discord.await(r -> r.is("POST", "channels/" + thompsonThread + "/messages"), WAIT, "the answer in the thread");
        String content = reply.body().path("content").asText();
        System.out.printf("mention answer:%n%s%n", content);
        assertThat(content).containsIgnoringCase("terrorism expert");
        assertThat(reply.body().path("embeds")).isNotEmpty();
        return thompsonThread;
    }

    @Test
    void aFollowUpInTheThreadIsAnsweredWithTheThreadsContext() throws Exception {
        long thompsonThread = askAboutThompsonInANewThread();
        var earlier = discord.requests();

        discord.postMessage(thompsonThread, "Where does he work?", false, false);

        var reply = discord.await(r -> r.is("POST", "channels/" + thompsonThread + "/messages")
                && earlier.stream().noneMatch(e -> e == r), WAIT, "the follow-up's answer");
        String content = reply.body().path("content").asText();
        System.out.printf("follow-up answer:%n%s%n", content);
        assertThat(content).contains("Mackenzie Institute");
        // the sample has one article, so "Where does he work?" alone finds the Mackenzie Institute too: that the
        // thread's context was used shows in the question the bot asked
        Question followUp = asked.stream().filter(q -> q.text().equals("Where does he work?")).findFirst().orElseThrow();
        assertThat(followUp.history()).hasSize(1);
        assertThat(followUp.history().get(0).question()).isEqualTo("who is John Thompson?");
        assertThat(followUp.history().get(0).answer()).containsIgnoringCase("terrorism expert");
    }

    @Test
    void aMentionCarryingEveryoneIsAnsweredWithoutAnyPingAllowed() throws Exception {
        String messageId = discord.postMessage(CHANNEL, MENTION + " @everyone how many militants died?", true, true);

        var started = discord.await("POST", "channels/" + CHANNEL + "/messages/" + messageId + "/threads", WAIT);
        long thread = discord.threadStartedFrom(messageId);
        var reply = discord.await(r -> r.is("POST", "channels/" + thread + "/messages"), WAIT, "the answer in the thread");
        String content = reply.body().path("content").asText();
        System.out.printf("@everyone mention answer:%n%s%n", content);
        assertThat(content).contains("32");

        assertThat(started.body().path("name").asText()).doesNotContain("@everyone");
        List<JsonNode> sent = discord.sentByTheBot();
        assertThat(sent).isNotEmpty();
        for (JsonNode message : sent) {
            JsonNode allowed = message.path("allowed_mentions");
            assertThat(allowed.path("parse").isArray()).as("allowed_mentions.parse in %s", message).isTrue();
            assertThat(allowed.path("parse")).as("allowed_mentions.parse in %s", message).isEmpty();
            assertThat(allowed.path("users").size()).as("allowed_mentions.users in %s", message).isZero();
            assertThat(allowed.path("roles").size()).as("allowed_mentions.roles in %s", message).isZero();
            assertThat(allowed.path("replied_user").asBoolean(false)).isFalse();
            assertThat(message.path("content").asText()).doesNotContain("@everyone", "@here");
        }
    }
}
