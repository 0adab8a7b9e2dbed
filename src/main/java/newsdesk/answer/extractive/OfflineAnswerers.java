package newsdesk.answer.extractive;

import dev.langchain4j.rag.content.retriever.ContentRetriever;
import newsdesk.answer.Answerer;
import newsdesk.answer.QuestionRewriter;
import newsdesk.config.Config;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.PassageRetriever;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.SearchFilter;
import newsdesk.retrieval.TermStatistics;

/** Builds the offline answerer, which needs no language model. */
public final class OfflineAnswerers {
    private OfflineAnswerers() {
    }

    /** The offline extractive answerer over any LangChain4j content retriever. */
    public static Answerer offline(ContentRetriever retriever, TermStatistics statistics, Config config) {
        return new ExtractiveAnswerer(retriever, offlineRewriter(), statistics,
                config.integer("answer.max-question-chars", 1, 100_000),
                config.integer("answer.max-sentences", 1, 10));
    }

    /** The offline answerer over the index, searching with the given retriever (e.g. one retrieval mode). */
    public static Answerer offline(NewsIndex index, PassageRetriever retriever, Config config) {
        return offline(Retrieval.contentRetriever(retriever, SearchFilter.NONE, index.settings().topK()),
                index instanceof TermStatistics stats ? stats : null, config);
    }

    public static Answerer offline(ContentRetriever retriever, Config config) {
        return offline(retriever, null, config);
    }

    /** Follow-ups resolved by merging in the previous question's words. */
    public static QuestionRewriter offlineRewriter() {
        return new ContextMergeRewriter();
    }
}
