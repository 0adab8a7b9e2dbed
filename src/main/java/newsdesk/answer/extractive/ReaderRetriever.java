package newsdesk.answer.extractive;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsdesk.article.Passage;
import newsdesk.article.Sentence;
import newsdesk.retrieval.PassageContent;
import newsdesk.retrieval.RetrievedPassage;

/**
 * The passages a language model is given, chosen by the reader: each is the best-ranked sentence with the sentences
 * around it, best first, so that what answers the question is in the model's sight even when it sits in a passage
 * the search itself ranked low.
 */
final class ReaderRetriever implements ContentRetriever {
    private final SentenceRanking ranking;
    private final int passages;

    /** @param passages how many passages to give, at most */
    ReaderRetriever(SentenceRanking ranking, int passages) {
        this.ranking = ranking;
        this.passages = passages;
    }

    @Override
    public List<Content> retrieve(Query query) {
        return windows(ranking.rank(query.text(), Set.of()), passages).stream().map(PassageContent::toContent).toList();
    }

    /** The windows (a sentence and its neighbours) around the best sentences, without overlap, best first. */
    static List<RetrievedPassage> windows(SentenceRanking.Ranked ranked, int limit) {
        List<RetrievedPassage> out = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Candidate c : ranked.candidates()) {
            if (out.size() >= limit) {
                break;
            }
            if (covered.contains(c.article().id() + "#" + c.index())) {
                continue;
            }
            List<Sentence> all = c.article().sentences().sentences();
            int from = Math.max(0, c.index() - 1);
            int to = Math.min(all.size() - 1, c.index() + 1);
            List<Sentence> window = new ArrayList<>();
            for (int i = from; i <= to; i++) {
                if (covered.add(c.article().id() + "#" + i)) {
                    window.add(all.get(i));
                }
            }
            Passage passage = new Passage(c.article().id(), c.index(), window);
            out.add(new RetrievedPassage(passage, c.article().sentences().article(), c.probability()));
        }
        return out;
    }
}
