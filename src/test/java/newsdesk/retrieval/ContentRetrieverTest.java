package newsdesk.retrieval;

import newsdesk.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentRetrieverTest {
    @TempDir
    Path dir;

    @Test
    void passagesSurviveTheTripThroughLangChain4jContent() {
        MutableClock clock = new MutableClock(Instant.parse("2024-03-02T10:15:30.5Z"));
        try (NewsIndex index = new LuceneArticleStore(dir, new HashingEmbeddingModel(),
                new RetrievalSettings(RetrievalMode.HYBRID, 2, 20, 5, 60), clock, IndexOptions.DEFAULT)) {
            TinyCorpus.load(index);
            List<RetrievedPassage> direct = index.retrieve("rain bridges police strike", SearchFilter.NONE, 3);
            ContentRetriever retriever = Retrieval.contentRetriever(index, SearchFilter.NONE, 3);

            List<Content> contents = retriever.retrieve(Query.from("rain bridges police strike"));

            assertThat(contents).hasSize(3);
            List<RetrievedPassage> back = contents.stream().map(PassageContent::fromContent).toList();
            for (int i = 0; i < direct.size(); i++) {
                RetrievedPassage expected = direct.get(i);
                RetrievedPassage actual = back.get(i);
                assertThat(actual.passage()).isEqualTo(expected.passage());
                assertThat(actual.score()).isEqualTo(expected.score());
                assertThat(actual.article().ingestedAt()).isEqualTo(expected.article().ingestedAt());
                assertThat(actual.article().contentHash()).isEqualTo(expected.article().contentHash());
                assertThat(actual.article().passages()).isEqualTo(expected.article().passages());
                assertThat(actual.article().article().title()).isEqualTo(expected.article().article().title());
                assertThat(actual.article().article().source()).isEqualTo(expected.article().article().source());
                assertThat(actual.article().article().published()).isEqualTo(expected.article().article().published());
                assertThat(actual.article().article().url()).isEqualTo(expected.article().article().url());
            }
        }
    }

    @Test
    void theFilterAndLimitApply() {
        try (NewsIndex index = new LuceneArticleStore(dir, new HashingEmbeddingModel(),
                new RetrievalSettings(RetrievalMode.BM25, 2, 20, 5, 60),
                new MutableClock(Instant.parse("2024-03-02T10:15:30Z")), IndexOptions.DEFAULT)) {
            TinyCorpus.load(index);
            ContentRetriever planetOnly = Retrieval.contentRetriever(index, new SearchFilter(null, null, Set.of("planet")), 1);

            List<Content> contents = planetOnly.retrieve(Query.from("rain strike vote"));

            assertThat(contents).singleElement()
                    .satisfies(c -> assertThat(PassageContent.fromContent(c).article().article().source()).isEqualTo("Planet"));
        }
    }
}
