package newsdesk.discord;

import static newsdesk.discord.FakeDiscord.CHANNEL;
import static newsdesk.discord.FakeDiscord.GUILD;
import static newsdesk.discord.FakeDiscord.OTHER_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
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
 * Good manners in conversations, through the real JDA client and {@link FakeDiscord}: the bot answers what is asked of
 * it (a mention, a reply to one of its answers, a question in its own thread) and nothing else; where it may not post
 * in threads its answer is a reply to the question; the buttons under an answer work. Each test makes its own
 * messages and threads, so each can run alone. Where a test shows the bot stayed silent, a later question in the same
 * place is the barrier: messages are handled in order, so once its answer is there, the earlier ones were decided.
 */
@Timeout(value = 60)
class DiscordConversationsEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String MENTION = "<@" + FakeDiscord.BOT + ">";

    private static BotOnFakeDiscord running;
    private static FakeDiscord discord;
    private static final FactsAnswerer answerer = new FactsAnswerer();
    private static final BlockingQueue<Feedback> feedback = new LinkedBlockingQueue<>();
    private static final ChannelSettings channelSettings = ChannelSettings.inMemory();

    @BeforeAll
    static void start() throws Exception {
        channelSettings.setMode(GUILD, OTHER_CHANNEL, ChannelMode.MENTION_ONLY, 0);
        running = BotOnFakeDiscord.start(DiscordConversationsEndToEndTest::builder);
        discord = running.discord;
    }

    static DiscordBot.Builder builder(FakeDiscord fake) {
        var articles = new ListArticleStore(List.of(new StoredArticle(new Article("in-amenas",
                "Algeria hostage crisis ends", "Example Wire", "2013-01-19", "https://news.example/in-amenas",
                "text", "test"), Instant.now(), 3, "h")));
        DiscordSettings settings = new DiscordSettings(List.of(GUILD), Set.of(), Set.of(), 1000, 1000, 2, 16,
                fake.apiBaseUrl(), fake.gatewayUrl(), false);
        return DiscordBot.builder(settings, answerer, articles).feedback(feedback::add)
                .channelSettings(channelSettings).clock(Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void inItsOwnThreadTheBotAnswersQuestionsAndKeepsOutOfChatter() throws Exception {
        long thread = askByMention(CHANNEL, "how many hostages died?");

        discord.postMessage(thread, "thanks, that helps!", false, false);
        discord.postMessage(thread, "<@" + FakeGuild.EDITOR + "> can you check this later?", false, false);
        discord.postMessage(thread, "great", false, false);
        discord.postMessage(thread, "When did it end?", false, false);
        awaitPost(thread, FactsAnswerer.ENDED);

        assertThat(postsIn(thread)).extracting(m -> m.path("content").asText())
                .containsExactly(FactsAnswerer.HOSTAGES, FactsAnswerer.ENDED);
        assertThat(answerer.asked).extracting(Question::text)
                .doesNotContain("thanks, that helps!", "great").noneMatch(q -> q.contains("check this later"));
        assertThat(discord.sentByTheBot()).noneMatch(m -> m.path("content").asText().equals(FactsAnswerer.DECLINE));
    }

    @Test
    void inSomeoneElsesThreadTheBotAnswersOnlyWhenMentionedAndDoesNotTakeTheThreadOver() throws Exception {
        long thread = discord.startThread(CHANNEL, FakeGuild.EDITOR, "lunch plans");
        discord.postMessage(thread, "what time is lunch?", false, false);
        String asked = discord.postMessage(thread, MENTION + " how many hostages died?", true, false);
        var first = awaitPost(thread, FactsAnswerer.HOSTAGES);
        discord.postMessage(thread, "and when did it end?", false, false);
        discord.postMessage(thread, MENTION + " when did it end, then?", true, false);
        awaitPost(thread, FactsAnswerer.ENDED);

        assertThat(first.path("message_reference").path("message_id").asText())
                .as("the answer replies to the question that asked it").isEqualTo(asked);
        assertThat(postsIn(thread)).hasSize(2);
        assertThat(answerer.asked).extracting(Question::text)
                .doesNotContain("what time is lunch?", "and when did it end?");
        Question followUp = lastAsked("when did it end, then?");
        assertThat(followUp.history()).containsExactly(new Turn("how many hostages died?", FactsAnswerer.HOSTAGES));
    }

    @Test
    void whereTheBotMayNotPostInThreadsTheAnswerIsAReplyToTheQuestion() throws Exception {
        String asked = discord.postMessage(FakeGuild.NO_THREADS, MENTION + " how many hostages died?", true, false);

        JsonNode answer = awaitPost(FakeGuild.NO_THREADS, FactsAnswerer.HOSTAGES);

        assertThat(answer.path("message_reference").path("message_id").asText()).isEqualTo(asked);
        assertThat(answer.path("allowed_mentions").path("replied_user").asBoolean(true)).isFalse();
        assertThat(discord.requests()).noneMatch(r -> r.is("POST", "channels/\\d+/messages/" + asked + "/threads"));
    }

    @Test
    void inAMentionOnlyChannelTheAnswerIsAReplyInPlace() throws Exception {
        String asked = discord.postMessage(OTHER_CHANNEL, MENTION + " how many hostages died?", true, false);

        JsonNode answer = awaitPost(OTHER_CHANNEL, FactsAnswerer.HOSTAGES);

        assertThat(answer.path("message_reference").path("message_id").asText()).isEqualTo(asked);
        assertThat(discord.threadStartedFrom(asked)).isNull();
    }

    @Test
    void aQuestionInReplyToAnAnswerIsAFollowUpAskedWithThatAnswerAndAThankYouIsLeftAlone() throws Exception {
        String id = discord.runSlashCommand("ask", CHANNEL, FakeDiscord.textOption("question", "How many hostages died?"));
        discord.await(r -> r.is("PATCH", discord.originalResponseOf(id))
                && r.body().path("content").asText().equals(FactsAnswerer.HOSTAGES), WAIT, "the answer");
        String answerId = discord.originalResponse(id).path("id").asText();

        String thanks = discord.replyTo(answerId, CHANNEL, "thanks!");
        String reply = discord.replyTo(answerId, CHANNEL, "When did it end?");

        discord.await("POST", "channels/" + CHANNEL + "/messages/" + reply + "/threads", WAIT);
        awaitPost(discord.threadStartedFrom(reply), FactsAnswerer.ENDED);
        assertThat(discord.requests()).as("a thank-you is not a question").noneMatch(r -> r.path().contains(thanks));
        assertThat(lastAsked("When did it end?").history())
                .containsExactly(new Turn("How many hostages died?", FactsAnswerer.HOSTAGES));
    }

    @Test
    void continueInThreadStartsAThreadFromTheAnswerWhereFollowUpsHaveItsContext() throws Exception {
        String id = discord.runSlashCommand("ask", CHANNEL, FakeDiscord.textOption("question", "How many hostages died?"));
        var answer = discord.await(r -> r.is("PATCH", discord.originalResponseOf(id))
                && r.body().path("content").asText().equals(FactsAnswerer.HOSTAGES), WAIT, "the answer");
        String answerMessage = discord.originalResponse(id).path("id").asText();

        String click = discord.clickButton(button(answer.body(), "thr:"), CHANNEL, answerMessage);

        discord.await("POST", "channels/" + CHANNEL + "/messages/" + answerMessage + "/threads", WAIT);
        long thread = discord.threadStartedFrom(answerMessage);
        var told = discord.await("PATCH", discord.originalResponseOf(click), WAIT);
        assertThat(told.body().path("content").asText()).contains("<#" + thread + ">");
        awaitPost(thread, ContinueInThread.FOLLOW_UPS_HERE);
        discord.postMessage(thread, "When did it end?", false, false);
        awaitPost(thread, FactsAnswerer.ENDED);
    }

    @Test
    void theSourcesButtonShowsTheFullQuotesToTheClickerOnly() throws Exception {
        String id = discord.runSlashCommand("ask", CHANNEL, FakeDiscord.textOption("question", "How many hostages died?"));
        var answer = discord.await(r -> r.is("PATCH", discord.originalResponseOf(id))
                && r.body().path("content").asText().equals(FactsAnswerer.HOSTAGES), WAIT, "the answer");

        String click = discord.clickButton(button(answer.body(), "src:"), CHANNEL,
                discord.originalResponse(id).path("id").asText());

        var shown = discord.await("POST", discord.callbackOf(click), WAIT);
        assertThat(shown.body().path("type").asInt()).isEqualTo(4);
        assertThat(shown.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(shown.body().path("data").path("content").asText()).startsWith("**Sources**")
                .contains(FactsAnswerer.SOURCE.quote(), "<https://news.example/in-amenas>");
    }

    @Test
    void notHelpfulOffersAFormAndItsReasonIsRecordedWithTheVote() throws Exception {
        String id = discord.runSlashCommand("ask", CHANNEL, FakeDiscord.textOption("question", "Hostages who died?"));
        var answer = discord.await(r -> r.is("PATCH", discord.originalResponseOf(id))
                && r.body().path("content").asText().equals(FactsAnswerer.HOSTAGES), WAIT, "the answer");
        String down = button(answer.body(), "fb:down:");

        String click = discord.clickButton(down, CHANNEL, discord.originalResponse(id).path("id").asText());

        var form = discord.await("POST", discord.callbackOf(click), WAIT);
        assertThat(form.body().path("type").asInt()).as("a modal").isEqualTo(9);
        String formId = form.body().path("data").path("custom_id").asText();
        Feedback vote = feedback.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(vote.vote()).isEqualTo(Feedback.Vote.NOT_HELPFUL);
        assertThat(vote.question()).isEqualTo("Hostages who died?");

        String sent = discord.submitForm(formId, CHANNEL, Map.of(FeedbackButtons.REASON_FIELD, "out of date"));

        var thanks = discord.await("POST", discord.callbackOf(sent), WAIT);
        assertThat(thanks.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        Feedback withReason = feedback.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(withReason.reason()).isEqualTo("out of date");
        assertThat(withReason.answerId()).isEqualTo(vote.answerId());
    }

    @Test
    void commandsAreRegisteredInTheGuildOnlyAndTheQuestionHasAMaximumLength() throws Exception {
        var global = discord.await("PUT", "applications/\\d+/commands", WAIT);
        assertThat(global.body()).as("commands registered globally before are removed").isEmpty();
        var put = discord.await("PUT", "applications/\\d+/guilds/" + GUILD + "/commands", WAIT);
        JsonNode ask = null;
        for (JsonNode c : put.body()) {
            if (c.path("name").asText().equals("ask")) {
                ask = c;
            }
        }
        assertThat(ask).isNotNull();
        assertThat(ask.path("options").get(0).path("max_length").asInt()).isEqualTo(DiscordSettings.DEFAULT_MAX_QUESTION_CHARS);
    }

    @Test
    void afterARestartAFollowUpInAnOldThreadIsAnsweredWithTheThreadsContext() throws Exception {
        FactsAnswerer own = new FactsAnswerer();
        try (BotOnFakeDiscord first = BotOnFakeDiscord.start(fake -> withAnswerer(fake, own))) {
            FakeDiscord fake = first.discord;
            String asked = fake.postMessage(CHANNEL, MENTION + " how many hostages died?", true, false);
            fake.await("POST", "channels/" + CHANNEL + "/messages/" + asked + "/threads", WAIT);
            long thread = fake.threadStartedFrom(asked);
            fake.await(r -> r.is("POST", "channels/" + thread + "/messages")
                    && r.body().path("content").asText().equals(FactsAnswerer.HOSTAGES), WAIT, "the first answer");

            try (BotOnFakeDiscord second = first.restart(f -> withAnswerer(f, own))) {
                fake.postMessage(thread, "When did it end?", false, false);

                fake.await(r -> r.is("POST", "channels/" + thread + "/messages")
                        && r.body().path("content").asText().equals(FactsAnswerer.ENDED), WAIT, "the follow-up's answer");
                Question followUp = own.asked.get(own.asked.size() - 1);
                assertThat(followUp.history()).containsExactly(new Turn("how many hostages died?", FactsAnswerer.HOSTAGES));
                assertThat(fake.requests()).anyMatch(r -> r.is("GET", "channels/" + thread + "/messages"));
            }
        }
    }

    private static DiscordBot.Builder withAnswerer(FakeDiscord fake, FactsAnswerer own) {
        DiscordSettings settings = new DiscordSettings(List.of(GUILD), Set.of(), Set.of(), 1000, 1000, 2, 16,
                fake.apiBaseUrl(), fake.gatewayUrl(), false);
        return DiscordBot.builder(settings, own, new ListArticleStore(List.of()));
    }

    /** Mentions the bot with a question in a channel and waits for its answer in the new thread; returns the thread. */
    private static long askByMention(long channel, String question) throws InterruptedException {
        String asked = discord.postMessage(channel, MENTION + " " + question, true, false);
        discord.await("POST", "channels/" + channel + "/messages/" + asked + "/threads", WAIT);
        long thread = discord.threadStartedFrom(asked);
        awaitPost(thread, FactsAnswerer.HOSTAGES);
        return thread;
    }

    private static JsonNode awaitPost(long channel, String content) throws InterruptedException {
        return discord.await(r -> r.is("POST", "channels/" + channel + "/messages")
                && r.body().path("content").asText().equals(content), WAIT, "\"" + content + "\" in " + channel).body();
    }

    private static List<JsonNode> postsIn(long channel) {
        List<JsonNode> posts = new ArrayList<>();
        for (var r : discord.requests()) {
            if (r.is("POST", "channels/" + channel + "/messages")) {
                posts.add(r.body());
            }
        }
        return posts;
    }

    private static Question lastAsked(String text) {
        List<Question> all = answerer.asked.stream().filter(q -> q.text().equals(text)).toList();
        assertThat(all).as("asked: %s", text).isNotEmpty();
        return all.get(all.size() - 1);
    }

    private static String button(JsonNode message, String prefix) {
        List<String> ids = new ArrayList<>();
        message.path("components").forEach(row -> row.path("components").forEach(b -> ids.add(b.path("custom_id").asText())));
        return ids.stream().filter(i -> i.startsWith(prefix)).findFirst().orElseThrow();
    }
}
