package newsdesk.answer;

import dev.langchain4j.rag.content.retriever.ContentRetriever;
import java.time.Clock;
import java.util.Map;
import newsdesk.config.Config;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.PassageRetriever;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.SearchFilter;
import newsdesk.retrieval.TermStatistics;

/** Builds answerers. */
public final class Answerers {
    private Answerers() {
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

    /**
     * The answerer the config asks for over the store: offline unless an LLM is configured, in which case the LLM
     * writes and the offline answerer stands in when it fails; answers are cached per corpus version either way.
     */
    public static Answerer configured(NewsIndex index, Config config, Map<String, String> env, Clock clock) {
        ContentRetriever retriever = Retrieval.contentRetriever(index, SearchFilter.NONE, index.settings().topK());
        Answerer offline = offline(index, index, config);
        return LlmAnswerers.llm(retriever, config, env, offline, index::version, clock);
    }
}
