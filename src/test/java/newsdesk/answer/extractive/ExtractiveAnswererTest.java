package newsdesk.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.rag.query.Query;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;
import newsdesk.answer.Question;
import newsdesk.answer.Turn;
import newsdesk.article.ArticleReader;
import newsdesk.config.Config;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.RetrievalSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The offline reader with its bundled model, over articles written for these tests, in an index in memory. */
class ExtractiveAnswererTest {
    private static NewsIndex index;
    private static Answerer reader;

    @BeforeAll
    static void store() throws Exception {
        index = Retrieval.inMemory("reader fixtures", Retrieval.defaultEmbedder(Retrieval.defaultEmbeddingModel()),
                RetrievalSettings.DEFAULTS, Clock.fixed(Instant.parse("2024-10-01T00:00:00Z"), ZoneOffset.UTC));
        ArticleReader articles = new ArticleReader(1_000_000);
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/reader-fixtures"))) {
            for (Path f : files.sorted().toList()) {
                index.putAll(articles.read(f));
            }
        }
        index.commit();
        reader = OfflineAnswerers.offline(index, Config.defaults());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void aQuestionIsAnsweredWithTheSentenceThatHoldsTheAnswerQuotedAndCited() {
        Answer a = reader.answer("How many people were on board the ferry?");
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).contains("212").matches("(?s).*\\[1]$");
        assertThat(a.citations()).first().satisfies(c -> {
            assertThat(c.articleId()).isEqualTo("skerra-ferry");
            assertThat(c.quote()).contains("carrying 212 people");
        });
        assertThat(reader.answer("How much will the tram line cost?").answer()).contains("640 million euros");
    }

    @Test
    void aQuestionNoStoredArticleAnswersIsDeclined() {
        Answer a = reader.answer("What is the weather forecast for Paris tomorrow?");
        assertThat(a.abstained()).isTrue();
        assertThat(a.answer()).isEqualTo(Answer.DECLINE);
        assertThat(a.citations()).isEmpty();
    }

    @Test
    void theLatestFigureComesFromTheLaterReport() {
        Answer a = reader.answer("What is the latest toll from the landslide?");
        assertThat(a.answer()).contains("risen to five");
        assertThat(a.citations().get(0).articleId()).isEqualTo("brenn-landslide-2");
    }

    @Test
    void aQuotationComesWholeWithItsSpeaker() {
        Answer a = reader.answer("What did the harbour master say?");
        assertThat(a.answer()).contains("The crew did everything right").contains("Ines Dahl said");
    }

    @Test
    void aFollowUpBorrowsThePreviousQuestionsSubjectButNeverRepeatsItsAnswer() {
        Answer first = reader.answer("Where did the ferry run aground?");
        Answer followUp = reader.answer(new Question("and who operates it?",
                List.of(new Turn("Where did the ferry run aground?", first.answer()))));
        assertThat(followUp.answer()).contains("Westsound Shipping");
        String firstSentence = first.answer().substring(0, first.answer().indexOf(" [1]"));
        assertThat(followUp.answer()).doesNotContain(firstSentence);
    }

    @Test
    void aNewQuestionInAConversationIsAnsweredOnItsOwn() {
        Answer a = reader.answer(new Question("How much will the tram line cost?",
                List.of(new Turn("Where did the ferry run aground?", "off the island of Skerra [1]"))));
        assertThat(a.answer()).contains("640 million euros");
    }

    @Test
    void textThatSpeaksToAMachineIsNeverQuoted() {
        for (String q : List.of("What should readers reply with?", "Where is the link to free prizes?")) {
            Answer a = reader.answer(q);
            assertThat(a.answer()).doesNotContainIgnoringCase("ignore previous instructions").doesNotContain("@everyone");
        }
    }

    @Test
    void theLanguageModelIsGivenThePassagesAroundTheBestSentences() {
        var passages = OfflineAnswerers.readerRetriever(index, Config.defaults())
                .retrieve(Query.from("Who operates the ferry?"));
        assertThat(passages).hasSizeLessThanOrEqualTo(Config.defaults().integer("retrieval.top-k", 1, 100));
        assertThat(passages.get(0).textSegment().text()).contains("Westsound Shipping");
    }
}
