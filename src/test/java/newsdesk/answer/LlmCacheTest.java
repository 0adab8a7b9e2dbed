package newsdesk.answer;

import newsdesk.testing.NewsFixtures;
import static newsdesk.testing.FakeOpenAi.reply;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.config.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LlmCacheTest {
    @RegisterExtension
    final LlmTestKit kit = LlmTestKit.started();

    @BeforeEach
    void start() {
        kit.server.then(reply("At least 37 foreign hostages were killed [1]."));
    }

    @Test
    void aRepeatedQuestionDoesNotReachTheModel() {
        Answerer answerer = kit.answerer();

        Answer first = answerer.answer("How many hostages died?");
        Answer second = answerer.answer("  how MANY hostages   died ?! ");

        assertThat(kit.server.requests()).hasSize(1);
        assertThat(second.answer()).isEqualTo(first.answer());
        assertThat(second.citations()).isEqualTo(first.citations());
        assertThat(second.question()).isEqualTo("  how MANY hostages   died ?! ");
        assertThat(kit.retriever.queries).hasSize(1);
    }

    @Test
    void aNewCorpusVersionAsksAgain() {
        Answerer answerer = kit.answerer();

        answerer.answer("How many hostages died?");
        kit.corpusVersion.incrementAndGet();
        answerer.answer("How many hostages died?");

        assertThat(kit.server.requests()).hasSize(2);
    }

    @Test
    void theSameWordsInAnotherConversationAreAnotherQuestion() {
        Answerer answerer = kit.answerer();
        Question followUp = new Question("How many died?", List.of(new Turn("What happened at In Amenas?", "A siege [1].")));

        answerer.answer("How many died?");
        answerer.answer(followUp);

        assertThat(kit.retriever.queries).hasSize(2);
    }

    @Test
    void theOfflineAnswererCanBeCachedToo() {
        AtomicInteger calls = new AtomicInteger();
        Answerer offline = q -> {
            calls.incrementAndGet();
            return new Answer(q.text(), "offline", false, List.of(), Answer.EXTRACTIVE, null, 0);
        };
        AtomicLong version = new AtomicLong(7);
        Answerer cached = LlmAnswerers.cached(offline, Answer.EXTRACTIVE, Config.defaults(), version::get);

        cached.answer("Who?");
        cached.answer("who");
        version.set(8);
        cached.answer("who");

        assertThat(calls).hasValue(2);
    }

    @Test
    void withProviderNoneTheChainIsTheCachedOfflineAnswerer() {
        Answerer answerer = LlmAnswerers.llm(kit.retriever, Config.defaults(), java.util.Map.of(), kit.offline,
                kit.corpusVersion::get, LlmTestKit.CLOCK);

        answerer.answer("How many hostages died?");
        Answer again = answerer.answer("How many hostages died");

        assertThat(again.answer()).isEqualTo(NewsFixtures.FakeOffline.TEXT);
        assertThat(kit.offline.calls).hasValue(1);
        assertThat(kit.server.requests()).isEmpty();
    }

    @Test
    void normalisation() {
        assertThat(AnswerCache.normalise("  What   HAPPENED\tat In Amenas?? ")).isEqualTo("what happened at in amenas");
        assertThat(AnswerCache.normalise("Why?!...")).isEqualTo("why");
        assertThat(AnswerCache.normalise("U.S. role")).isEqualTo("u.s. role");
    }
}
