package newsdesk.discord;

import static newsdesk.discord.FakeDiscord.CHANNEL;
import static newsdesk.discord.FakeDiscord.GUILD;
import static newsdesk.discord.FakeDiscord.OTHER_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import newsdesk.answer.Question;
import newsdesk.answer.Turn;
import newsdesk.article.Article;
import newsdesk.article.StoredArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real JDA client against {@link FakeDiscord} on 127.0.0.1: login, command registration, /ask, mentions and
 * threads, follow-ups with context, and no mention ever allowed in what the bot sends. The answerer is a fake, for the
 * cases that need one (failures, streamed drafts, shutdown with an answer in progress);
 * {@link DiscordWithSampleEndToEndTest} asks the real offline answerer over the bundled sample.
 */
@Timeout(value = 60)
class DiscordEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String MENTION = "<@" + FakeDiscord.BOT + ">";

    private static BotOnFakeDiscord running;
    private static FakeDiscord discord;
    private static DiscordBot bot;
    private static final FactsAnswerer answerer = new FactsAnswerer();
    private static final BlockingQueue<Feedback> feedback = new LinkedBlockingQueue<>();

    @BeforeAll
    static void startBotAgainstFakeDiscord() throws Exception {
        var articles = new ListArticleStore(List.of(new StoredArticle(new Article("in-amenas",
                "Algeria hostage crisis ends", "Example Wire", "2013-01-19", "https://news.example/in-amenas",
                "text", "test"), Instant.now(), 3, "h")));
        running = BotOnFakeDiscord.start(fake -> {
            DiscordSettings settings = new DiscordSettings(List.of(GUILD), Set.of(), Set.of(CHANNEL), 100, 100, 2, 4,
                    fake.apiBaseUrl(), fake.gatewayUrl(), true);
            return DiscordBot.builder(settings, answerer, articles)
                    .feedback(feedback::add)
                    .clock(Clock.systemUTC());
        });
        discord = running.discord;
        bot = running.bot;
    }

    @AfterAll
    static void stopBotThenFake() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void logsInAndRegistersItsCommandsInTheConfiguredGuild() throws Exception {
        discord.await("GET", "users/@me", WAIT);
        var put = discord.await("PUT", "applications/\\d+/guilds/" + GUILD + "/commands", WAIT);

        List<String> names = new ArrayList<>();
        put.body().forEach(c -> names.add(c.path("name").asText()));
        assertThat(names).containsExactly("ask", "sources", "newsdesk", "help", AskMessageMenu.NAME);
        JsonNode ask = put.body().get(0);
        assertThat(ask.path("options").get(0).path("name").asText()).isEqualTo("question");
        assertThat(ask.path("options").get(0).path("required").asBoolean()).isTrue();
        assertThat(ask.path("options").get(1).path("name").asText()).isEqualTo("private");
        assertThat(bot.inviteUrl()).isEqualTo("https://discord.com/oauth2/authorize?client_id=" + FakeDiscord.APPLICATION
                + "&scope=bot+applications.commands&permissions=" + FakeDiscord.BOT_PERMISSIONS);
    }

    @Test
    void askIsDeferredAtOnceThenAnsweredWithTheFactAndItsSources() throws Exception {
        String id = discord.runSlashCommand("ask", CHANNEL, FakeDiscord.textOption("question", "How many hostages died?"));

        var ack = discord.await("POST", discord.callbackOf(id), WAIT);
        long ackMs = (ack.receivedNanos() - discord.sentNanos(id)) / 1_000_000;
        System.out.printf("/ask (first): interaction dispatched -> acknowledged (deferred) in %d ms%n", ackMs);
        assertThat(ack.body().path("type").asInt()).isEqualTo(5);
        assertThat(ack.body().path("data").path("flags").asInt(0) & 64).isZero();

        var answer = discord.await("PATCH", discord.originalResponseOf(id), WAIT);
        assertThat(answer.body().path("content").asText()).isEqualTo(FactsAnswerer.HOSTAGES);
        JsonNode embed = answer.body().path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("[1] Algeria hostage crisis ends");
        assertThat(embed.path("url").asText()).isEqualTo("https://news.example/in-amenas");
        assertThat(embed.path("author").path("name").asText()).isEqualTo("Example Wire");
        assertThat(embed.path("footer").path("text").asText()).isEqualTo("2013-01-19");
        assertThat(embed.path("description").asText()).contains("At least 23 hostages died");
        assertThat(buttonIds(answer.body())).hasSize(4).anyMatch(c -> c.startsWith("src:"))
                .anyMatch(c -> c.startsWith("thr:")).anyMatch(c -> c.startsWith("fb:up:"));
    }

    @Test
    void privateAskIsDeferredEphemerally() throws Exception {
        String id = discord.runSlashCommand("ask", CHANNEL, FakeDiscord.textOption("question", "Hostages?"),
                FakeDiscord.boolOption("private", true));

        var ack = discord.await("POST", discord.callbackOf(id), WAIT);
        assertThat(ack.body().path("type").asInt()).isEqualTo(5);
        assertThat(ack.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
    }

    @Test
    void aStreamedAnswerIsShownAsADraftThenReplacedByTheFinalAnswer() throws Exception {
        String id = discord.runSlashCommand("ask", CHANNEL, FakeDiscord.textOption("question", "Streaming: hostages?"));

        var draft = discord.await("PATCH", discord.originalResponseOf(id), WAIT);
        assertThat(draft.body().path("content").asText()).isEqualTo(FactsAnswerer.HOSTAGES + " …");
        assertThat(draft.body().path("components").size()).isZero();
        var last = discord.await(r -> r.is("PATCH", discord.originalResponseOf(id)) && r != draft, WAIT, "the final answer");
        assertThat(last.body().path("content").asText()).isEqualTo(FactsAnswerer.HOSTAGES);
        assertThat(last.body().path("embeds")).hasSize(1);
        assertThat(buttonIds(last.body())).hasSize(4);
    }

    @Test
    void feedbackClickIsRecordedAndThankedPrivately() throws Exception {
        String asked = discord.runSlashCommand("ask", CHANNEL, FakeDiscord.textOption("question", "Hostages died?"));
        var answer = discord.await("PATCH", discord.originalResponseOf(asked), WAIT);
        String helpful = buttonIds(answer.body()).stream().filter(b -> b.startsWith("fb:up:")).findFirst().orElseThrow();

        String id = discord.clickButton(helpful, CHANNEL, "1234567890");

        var ack = discord.await("POST", discord.callbackOf(id), WAIT);
        assertThat(ack.body().path("type").asInt()).isEqualTo(4);
        assertThat(ack.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(ack.body().path("data").path("content").asText()).isEqualTo(FeedbackButtons.THANKS);
        Feedback vote = feedback.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(vote).isNotNull();
        assertThat(vote.vote()).isEqualTo(Feedback.Vote.HELPFUL);
        assertThat(vote.userId()).isEqualTo(String.valueOf(FakeDiscord.USER));
        assertThat(vote.question()).isEqualTo("Hostages died?");
        assertThat(vote.answer()).isEqualTo(FactsAnswerer.HOSTAGES);
    }

    @Test
    void mentionIsAnsweredInANewThreadAndAFollowUpThereUsesTheThreadsContext() throws Exception {
        String question = MENTION + " how many hostages died? @everyone";
        String messageId = discord.postMessage(CHANNEL, question, true, true);

        discord.await("POST", "channels/" + CHANNEL + "/messages/" + messageId + "/threads", WAIT);
        long thread = discord.threadStartedFrom(messageId);
        var first = discord.await(r -> r.is("POST", "channels/" + thread + "/messages")
                && r.body().path("content").asText().contains(FactsAnswerer.HOSTAGES), WAIT, "the answer in the thread");
        assertThat(first.body().path("embeds").get(0).path("url").asText()).isEqualTo("https://news.example/in-amenas");
        discord.await("POST", "channels/" + thread + "/typing", WAIT);
        assertThat(answerer.asked).anyMatch(q -> q.text().equals("how many hostages died? @everyone"));

        discord.postMessage(thread, "When did it end?", false, false);

        discord.await(r -> r.is("POST", "channels/" + thread + "/messages")
                && r.body().path("content").asText().contains(FactsAnswerer.ENDED), WAIT, "the follow-up's answer");
        Question followUp = answerer.asked.stream().filter(q -> q.text().equals("When did it end?")).findFirst().orElseThrow();
        assertThat(followUp.history()).containsExactly(new Turn("how many hostages died? @everyone", FactsAnswerer.HOSTAGES));
    }

    @Test
    void outsideTheAllowedChannelsSlashCommandsGetAPrivateNotEnabled() throws Exception {
        String id = discord.runSlashCommand("ask", OTHER_CHANNEL, FakeDiscord.textOption("question", "Hostages?"));

        var reply = discord.await("POST", discord.callbackOf(id), WAIT);
        assertThat(reply.body().path("type").asInt()).isEqualTo(4);
        assertThat(reply.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(reply.body().path("data").path("content").asText()).isEqualTo(AccessPolicy.NOT_ENABLED);
    }

    @Test
    void sourcesAndHelpAnswerPrivately() throws Exception {
        String sources = discord.runSlashCommand("sources", CHANNEL, FakeDiscord.textOption("query", "algeria"));
        var deferred = discord.await("POST", discord.callbackOf(sources), WAIT);
        assertThat(deferred.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        var listing = discord.await("PATCH", discord.originalResponseOf(sources), WAIT);
        assertThat(listing.body().path("content").asText()).startsWith("**Stored articles matching “algeria”** (1)\n• **Algeria");

        String help = discord.runSlashCommand("help", CHANNEL);
        var reply = discord.await("POST", discord.callbackOf(help), WAIT);
        assertThat(reply.body().path("type").asInt()).isEqualTo(4);
        assertThat(reply.body().path("data").path("content").asText()).contains("/ask", "/sources", "Mention me");
    }

    @Test
    void aFailingAnswerGetsAnApologyWithAReferenceAndTheBotCarriesOn() throws Exception {
        answerer.failWith = new IllegalStateException("index on fire") {
            @Override
            public synchronized Throwable fillInStackTrace() {
                return this; // keeps the expected failure short in the log
            }
        };
        try {
            String id = discord.runSlashCommand("ask", CHANNEL, FakeDiscord.textOption("question", "Hostages, again?"));
            discord.await("POST", discord.callbackOf(id), WAIT);
            var apology = discord.await("PATCH", discord.originalResponseOf(id), WAIT);
            assertThat(apology.body().path("content").asText())
                    .startsWith("Sorry, something went wrong").containsPattern("\\(ref `[a-z0-9]{8}`\\)");
        } finally {
            answerer.failWith = null;
        }
        String id = discord.runSlashCommand("ask", CHANNEL, FakeDiscord.textOption("question", "How many hostages, once more?"));
        var ack = discord.await("POST", discord.callbackOf(id), WAIT);
        System.out.printf("/ask (warm): interaction dispatched -> acknowledged (deferred) in %d ms%n",
                (ack.receivedNanos() - discord.sentNanos(id)) / 1_000_000);
        var answer = discord.await("PATCH", discord.originalResponseOf(id), WAIT);
        assertThat(answer.body().path("content").asText()).startsWith(FactsAnswerer.HOSTAGES);
    }

    @Test
    void everyMessageTheBotSentAllowedNoMentions() throws Exception {
        String id = discord.runSlashCommand("ask", CHANNEL, FakeDiscord.textOption("question", "@everyone hostages?"));
        discord.await("PATCH", discord.originalResponseOf(id), WAIT);
        String messageId = discord.postMessage(CHANNEL, MENTION + " @everyone how many hostages died?", true, true);
        discord.await("POST", "channels/" + CHANNEL + "/messages/" + messageId + "/threads", WAIT);
        long thread = discord.threadStartedFrom(messageId);
        discord.await(r -> r.is("POST", "channels/" + thread + "/messages"), WAIT, "the answer in the thread");

        List<JsonNode> sent = discord.sentByTheBot();
        assertThat(sent).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode message : sent) {
            JsonNode allowed = message.path("allowed_mentions");
            assertThat(allowed.path("parse").isArray()).as("allowed_mentions.parse in %s", message).isTrue();
            assertThat(allowed.path("parse")).as("allowed_mentions.parse in %s", message).isEmpty();
            assertThat(allowed.path("users").size()).isZero();
            assertThat(allowed.path("roles").size()).isZero();
            assertThat(allowed.path("replied_user").asBoolean(false)).isFalse();
        }
        assertThat(sent).anyMatch(m -> m.path("content").asText().contains("@\u200Beveryone")
                || m.path("content").asText().contains(FactsAnswerer.HOSTAGES));
    }

    @Test
    void aRejectedTokenIsALoginError() {
        DiscordSettings settings = new DiscordSettings(List.of(), Set.of(), Set.of(), 1, 1, 1, 1,
                discord.apiBaseUrl(), discord.gatewayUrl(), false);
        DiscordBot wrong = DiscordBot.builder(settings, answerer, new ListArticleStore(List.of()))
                .token("not-the-token").build();
        try {
            assertThatThrownBy(wrong::start).isInstanceOf(DiscordLoginException.class)
                    .hasMessageContaining("rejected the token").hasMessageNotContaining("not-the-token");
        } finally {
            wrong.close();
        }
    }

    @Test
    void aRefusedMessageContentIntentIsALoginErrorThatSaysWhatToEnable() throws Exception {
        try (FakeDiscord strict = new FakeDiscord()) {
            strict.refuseIdentifyWith(4014);
            DiscordSettings settings = new DiscordSettings(List.of(), Set.of(), Set.of(), 1, 1, 1, 1,
                    strict.apiBaseUrl(), strict.gatewayUrl(), false);
            DiscordBot refused = DiscordBot.builder(settings, answerer, new ListArticleStore(List.of()))
                    .token(FakeDiscord.TOKEN).build();
            try {
                assertThatThrownBy(refused::start).isInstanceOf(DiscordLoginException.class)
                        .hasMessageContaining("Message Content");
            } finally {
                refused.close();
            }
        }
    }

    @Test
    void closingLetsTheAnswerInProgressFinishAndBeSentThenDisconnects() throws Exception {
        FactsAnswerer answerer = new FactsAnswerer();
        try (BotOnFakeDiscord own = BotOnFakeDiscord.start(fake -> DiscordBot.builder(new DiscordSettings(List.of(GUILD),
                Set.of(), Set.of(CHANNEL), 100, 100, 2, 4, fake.apiBaseUrl(), fake.gatewayUrl(), true), answerer,
                new ListArticleStore(List.of())).clock(Clock.systemUTC()))) {
            closeWithAnAnswerInProgress(own.discord, own.bot, answerer);
        }
    }

    /** This closes the bot, so it has one of its own: the others share the class's. */
    private static void closeWithAnAnswerInProgress(FakeDiscord discord, DiscordBot bot, FactsAnswerer answerer)
            throws Exception {
        CountDownLatch release = answerer.holdAnswers();
        String id = discord.runSlashCommand("ask", CHANNEL, FakeDiscord.textOption("question", "Hostages, at closing time?"));
        assertThat(answerer.awaitHeld(10)).isTrue();

        long start = System.nanoTime();
        Thread closing = new Thread(bot::close, "closing");
        closing.start();
        // close() is waiting for the answer pool once its thread parks with a time limit
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (closing.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(closing.getState()).isEqualTo(Thread.State.TIMED_WAITING);
        assertThat(discord.requests()).as("no answer yet").noneMatch(r -> r.is("PATCH", discord.originalResponseOf(id)));
        release.countDown();
        closing.join(WAIT.toMillis());
        System.out.printf("bot shut down in %d ms, one answer in progress%n", (System.nanoTime() - start) / 1_000_000);

        assertThat(closing.isAlive()).isFalse();
        var answer = discord.await("PATCH", discord.originalResponseOf(id), Duration.ZERO);
        assertThat(answer.body().path("content").asText()).startsWith(FactsAnswerer.HOSTAGES);
    }

    private static List<String> buttonIds(JsonNode message) {
        List<String> ids = new ArrayList<>();
        message.path("components").forEach(row -> row.path("components").forEach(b -> ids.add(b.path("custom_id").asText())));
        return ids;
    }
}
