package newsdesk.answer;

import static newsdesk.testing.FakeOpenAi.malformed;
import static newsdesk.testing.FakeOpenAi.reply;
import static newsdesk.testing.FakeOpenAi.silentAfter;
import static newsdesk.testing.FakeOpenAi.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import newsdesk.config.Config;
import newsdesk.retrieval.RetrievedPassage;
import newsdesk.testing.FakeOpenAi;
import newsdesk.testing.NewsFixtures;
import newsdesk.text.Lexicons;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The citation check's two layers through the real LangChain4j client against a fake provider on 127.0.0.1: the
 * offline layer drops wrong numbers, names and reversed statements before anything is shown, and the judge call
 * (same endpoint, temperature 0) removes what it does not find supported, or, when it fails, leaves the offline
 * verdicts standing with a notice.
 */
class LlmJudgeTest {
    static final String FERRY_1 = "The passenger ferry Marisol ran aground on a sandbar off Calder Point on Thursday "
            + "evening with 214 people on board.";
    static final String FERRY_2 = "The coastguard said all passengers were taken off by lifeboats within three hours "
            + "and that nobody was seriously hurt.";
    static final String FERRY_3 = "The operator, Bluewake Lines, said the captain had not reported any engine trouble "
            + "before the grounding.";
    static final RetrievedPassage FERRY = NewsFixtures.passage("ferry", 0, "Ferry runs aground off Calder Point",
            "Northcoast Herald", "2024-11-08", FERRY_1, FERRY_2, FERRY_3);
    static final RetrievedPassage ROUTE = NewsFixtures.passage("route", 1, "Calder route suspended",
            "Northcoast Herald", "2024-11-09",
            "Bluewake has suspended the Calder route until at least 20 November while the hull is inspected.");

    private static final String GOOD_1 = "The ferry Marisol ran aground off Calder Point with 214 people on board [1].";
    private static final String GOOD_2 = "Bluewake has suspended the Calder route until at least 20 November [2].";
    private static final String NOTICE_OFFLINE_ONLY = "checked against the sources offline only";

    private final LlmTestKit kit = kit();

    private static LlmTestKit kit() {
        try {
            return new LlmTestKit(FERRY, ROUTE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The dictionary loads once per process, in the background from start; a bot has it long before a question. */
    @BeforeAll
    static void loadTheDictionary() {
        Lexicons.wordNet().antonyms("rise");
    }

    @AfterEach
    void stop() {
        kit.close();
    }

    private Answerer answerer(int timeoutSeconds) {
        return kit.answerer(kit.config(timeoutSeconds).with("llm.judge", "same-model"));
    }

    /** The answer call gets {@code answer}; the judge call (its prompt holds "CLAIM:") gets {@code judge}. */
    private void script(String answer, FakeOpenAi.Behaviour judge) {
        kit.server.answering(prompt -> prompt.contains("CLAIM:") ? judge : reply(answer));
    }

    private List<FakeOpenAi.Request> judgeRequests() {
        return kit.server.requests().stream().filter(r -> r.userMessage().contains("CLAIM:")).toList();
    }

    @Test
    void wrongTollsUnsupportedNamesAndReversedStatementsAreNeverShown() {
        script("There were 241 people on board the Marisol [1]. "
                + "The ferry is run by Bluewake Lines and Harbourline Ferries [1]. "
                + "The captain reported engine trouble before the grounding [1].", reply("1: yes\n2: yes\n3: yes"));

        Answer answer = answerer(5).answer("How many were on board, who runs the ferry, and was there engine trouble?");

        assertThat(answer.mode()).isEqualTo(Answer.EXTRACTIVE);
        assertThat(answer.answer()).isEqualTo(NewsFixtures.FakeOffline.TEXT);
        assertThat(answer.notice()).isEqualTo(LlmAnswerer.UNVERIFIED_NOTICE);
        assertThat(answer.dropped()).isEqualTo(3);
        assertThat(judgeRequests()).isEmpty();
    }

    @Test
    void theJudgeGetsEveryClaimInOneCallAtTemperatureZeroWithItsSupportingSentence() {
        script(GOOD_1 + " " + GOOD_2, reply("1: yes\n2: yes"));

        Answer answer = answerer(5).answer("What happened to the ferry?");

        assertThat(answer.mode()).isEqualTo(Answer.LLM);
        assertThat(answer.answer()).isEqualTo(GOOD_1 + " " + GOOD_2);
        assertThat(answer.notice()).isNull();
        assertThat(answer.dropped()).isZero();
        assertThat(answer.citations().get(0).quote()).isEqualTo(FERRY_1);
        List<FakeOpenAi.Request> judged = judgeRequests();
        assertThat(judged).hasSize(1);
        FakeOpenAi.Request request = judged.get(0);
        assertThat(request.json().path("temperature").asDouble()).isZero();
        assertThat(request.streams()).isFalse();
        assertThat(request.userMessage())
                .contains("1. CLAIM: The ferry Marisol ran aground off Calder Point with 214 people on board.\n"
                        + "   EVIDENCE: " + FERRY_1)
                .contains("2. CLAIM: Bluewake has suspended the Calder route until at least 20 November.")
                .doesNotContain(FERRY_3)
                .contains("Reply with one line per item");
    }

    @Test
    void aClaimTheJudgeSaysNoToIsDroppedAndTheAnswerSaysSo() {
        script(GOOD_1 + " " + GOOD_2, reply("1: no\n2: yes"));

        Answer answer = answerer(5).answer("What happened to the ferry?");

        assertThat(answer.mode()).isEqualTo(Answer.LLM);
        assertThat(answer.answer()).isEqualTo("Bluewake has suspended the Calder route until at least 20 November [1].");
        assertThat(answer.citations()).singleElement().extracting(Citation::articleId).isEqualTo("route");
        assertThat(answer.notice()).isEqualTo(LlmAnswerer.DROPPED_NOTICE);
        assertThat(answer.dropped()).isEqualTo(1);
    }

    @Test
    void partlyIsNotEnough() {
        script(GOOD_1 + " " + GOOD_2, reply("Claim 1 - Partly: the time is not given.\n2: yes"));

        Answer answer = answerer(5).answer("What happened to the ferry?");

        assertThat(answer.answer()).isEqualTo("Bluewake has suspended the Calder route until at least 20 November [1].");
        assertThat(answer.dropped()).isEqualTo(1);
    }

    @Test
    void whenTheJudgeRejectsEverythingTheOfflineReaderAnswers() {
        script(GOOD_1 + " " + GOOD_2, reply("1: no\n2: no"));

        Answer answer = answerer(5).answer("What happened to the ferry?");

        assertThat(answer.mode()).isEqualTo(Answer.EXTRACTIVE);
        assertThat(answer.notice()).isEqualTo(LlmAnswerer.UNVERIFIED_NOTICE);
        assertThat(answer.dropped()).isEqualTo(2);
    }

    @Test
    void aJudgeThatTimesOutLeavesTheOfflineVerdictsWithANotice() {
        script(GOOD_1 + " There were 241 people on board [1].",
                silentAfter(() -> kit.clock.advance(Duration.ofSeconds(21)))); // the judge says nothing in time

        Answer answer = answerer(20).answer("What happened to the ferry?");

        assertThat(answer.mode()).isEqualTo(Answer.LLM);
        assertThat(answer.answer()).isEqualTo(GOOD_1);
        assertThat(answer.dropped()).isEqualTo(1);
        assertThat(answer.notice()).contains("could not be verified").contains(NOTICE_OFFLINE_ONLY).contains("timeout");
    }

    @Test
    void aJudgeThatReturnsGarbageLeavesTheOfflineVerdicts() {
        script(GOOD_1 + " " + GOOD_2, reply("These claims look broadly fine to me."));

        Answer answer = answerer(5).answer("What happened to the ferry?");

        assertThat(answer.answer()).isEqualTo(GOOD_1 + " " + GOOD_2);
        assertThat(answer.dropped()).isZero();
        assertThat(answer.notice()).startsWith("The statements were " + NOTICE_OFFLINE_ONLY)
                .contains("unreadable judge reply");
    }

    @Test
    void aJudgeThatAnswersOnlySomeClaimsCountsAsFailed() {
        script(GOOD_1 + " " + GOOD_2, reply("1: yes"));

        Answer answer = answerer(5).answer("What happened to the ferry?");

        assertThat(answer.answer()).isEqualTo(GOOD_1 + " " + GOOD_2);
        assertThat(answer.notice()).contains(NOTICE_OFFLINE_ONLY);
    }

    @Test
    void aJudgeServerErrorOrMalformedReplyLeavesTheOfflineVerdicts() {
        script(GOOD_1, status(500, "boom"));
        Answer afterError = answerer(5).answer("What happened to the ferry?");
        script(GOOD_1, malformed());
        Answer afterMalformed = answerer(5).answer("What ran aground?");

        assertThat(afterError.answer()).isEqualTo(GOOD_1);
        assertThat(afterError.notice()).contains(NOTICE_OFFLINE_ONLY).contains("server error");
        assertThat(afterMalformed.answer()).isEqualTo(GOOD_1);
        assertThat(afterMalformed.notice()).contains(NOTICE_OFFLINE_ONLY);
    }

    @Test
    void aNamedJudgeModelIsAskedInsteadOfTheAnswerModel() {
        script(GOOD_1, reply("1: yes"));
        Config config = kit.config(5).with("llm.model", "writer-model").with("llm.judge", "checker-model");

        kit.answerer(config).answer("What happened to the ferry?");

        assertThat(judgeRequests()).singleElement()
                .satisfies(r -> assertThat(r.json().path("model").asText()).isEqualTo("checker-model"));
        assertThat(kit.server.requests().get(0).json().path("model").asText()).isEqualTo("writer-model");
    }

    @Test
    void withTheJudgeOffNoSecondCallIsMade() {
        script(GOOD_1 + " There were 241 people on board [1].", reply("1: no"));

        Answer answer = kit.answerer(kit.config(5).with("llm.judge", "off")).answer("What happened to the ferry?");

        assertThat(answer.answer()).isEqualTo(GOOD_1);
        assertThat(answer.notice()).isEqualTo(LlmAnswerer.DROPPED_NOTICE);
        assertThat(answer.dropped()).isEqualTo(1);
        assertThat(judgeRequests()).isEmpty();
    }

    @Test
    void whileTheReplyStreamsNothingIsShownBeforeTheJudgeHasSpoken() {
        script(GOOD_1 + " " + GOOD_2, reply("1: yes\n2: no"));
        List<String> partials = new CopyOnWriteArrayList<>();

        Answer answer = answerer(5).answer(Question.of("What happened to the ferry?"), partials::add);

        assertThat(kit.server.requests().get(0).streams()).isTrue();
        assertThat(partials).isEmpty();
        assertThat(answer.answer()).isEqualTo(GOOD_1);
    }
}
