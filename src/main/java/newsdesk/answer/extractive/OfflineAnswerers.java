package newsdesk.answer.extractive;

import dev.langchain4j.rag.content.retriever.ContentRetriever;
import newsdesk.answer.Answerer;
import newsdesk.config.Config;
import newsdesk.retrieval.ReadingSource;

/** Builds the offline answerer, which needs no language model. */
public final class OfflineAnswerers {
    private OfflineAnswerers() {
    }

    /** The offline reader over a store, with the model trained for it (bundled in the jar). */
    public static Answerer offline(ReadingSource source, Config config) {
        return new ExtractiveAnswerer(ranking(source, config),
                config.integer("answer.max-question-chars", 1, 100_000),
                config.integer("answer.max-sentences", 1, 10));
    }

    /**
     * What a language model answers from: the passages around the sentences the offline reader ranks best
     * ({@code retrieval.top-k} of them), as LangChain4j contents.
     */
    public static ContentRetriever readerRetriever(ReadingSource source, Config config) {
        return new ReaderRetriever(ranking(source, config), config.integer("retrieval.top-k", 1, 100));
    }

    /** Reads the offline answerer's settings, so that a bad one stops the program at start. */
    public static void checkSettings(Config config) {
        config.integer("answer.max-question-chars", 1, 100_000);
        config.integer("answer.max-sentences", 1, 10);
        config.integer("answer.read-passages", 1, 1000);
        config.integer("answer.read-articles", 1, 100);
    }

    static SentenceRanking ranking(ReadingSource source, Config config) {
        return new SentenceRanking(source, ReaderModel.bundled(),
                config.integer("answer.read-passages", 1, 1000),
                config.integer("answer.read-articles", 1, 100));
    }
}
