package newsdesk.answer.extractive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.article.Article;

/**
 * Turns the ranked sentences into an answer: the best sentence when the model is sure enough of it, a second one
 * that the model rates nearly as well (within a short answer's length), and the speaker of a quotation; each quoted
 * verbatim with its citation, adjacent sentences of one article sharing one.
 */
final class AnswerComposer {
    /** A "what happened" answer's lead sentences stay readable at a glance. */
    static final int MAX_WORDS = 60;
    /** Shorter first lines are headings, bylines and captions, not the lead. */
    static final int LEAD_MIN_WORDS = 8;

    private final ReaderModel model;
    private final int maxSentences;

    AnswerComposer(ReaderModel model, int maxSentences) {
        this.model = model;
        this.maxSentences = maxSentences;
    }

    Answer compose(String question, SentenceRanking.Ranked ranked) {
        List<Candidate> chosen = choose(ranked);
        if (chosen.isEmpty()) {
            return Answer.declined(question, Answer.EXTRACTIVE);
        }
        return render(question, chosen);
    }

    /** The sentences to give, in reading order; empty to decline. */
    List<Candidate> choose(SentenceRanking.Ranked ranked) {
        List<Candidate> all = ranked.candidates();
        if (all.isEmpty() || ranked.confidence() < model.threshold()) {
            return List.of();
        }
        Candidate best = all.get(0);
        List<Candidate> picked = new ArrayList<>(List.of(best));
        if (ranked.question().form().kind() == AnswerKind.SUMMARY) {
            return inReadingOrder(lead(best));
        }
        double bar = model.secondRatio() * best.probability();
        for (int k = 1; k < all.size() && picked.size() < maxSentences; k++) {
            Candidate c = all.get(k);
            if (c.probability() < bar) {
                break;
            }
            if (best.facts().words() + c.facts().words() <= model.secondMaxWords() && !c.text().equals(best.text())) {
                picked.add(c);
                break;
            }
        }
        List<Candidate> withSpeakers = new ArrayList<>();
        for (Candidate c : picked) {
            withSpeakers.add(c);
            Quotations.speakerOf(c.article(), c.index()).forEach(j -> withSpeakers.add(sibling(c, j)));
        }
        Referents.antecedentOf(best.article(), best.index(), ranked.question())
                .ifPresent(j -> withSpeakers.add(sibling(best, j)));
        return inReadingOrder(withSpeakers);
    }

    private static Candidate sibling(Candidate c, int index) {
        return new Candidate(c.article(), index, c.articleRank(), -1, 0, 0, 0, 0, c.features(), c.probability());
    }

    /** Articles in the order their best sentence was chosen; sentences of one article in text order, once each. */
    private List<Candidate> inReadingOrder(List<Candidate> picked) {
        Map<String, List<Candidate>> byArticle = new LinkedHashMap<>();
        for (Candidate c : picked) {
            List<Candidate> own = byArticle.computeIfAbsent(c.article().id(), k -> new ArrayList<>());
            if (own.stream().noneMatch(o -> o.index() == c.index())) {
                own.add(c);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (List<Candidate> own : byArticle.values()) {
            own.sort(Comparator.comparingInt(Candidate::index));
            out.addAll(own);
        }
        return out;
    }

    /**
     * What a "what happened" question gets: the lead of the best sentence's article, its first sentences (not
     * captions or bylines) within a short answer's length.
     */
    private static List<Candidate> lead(Candidate best) {
        List<Candidate> out = new ArrayList<>();
        int words = 0;
        ArticleFacts a = best.article();
        for (int i = 0; i < a.size() && out.size() < 2; i++) {
            int w = a.facts().get(i).words();
            if (w < LEAD_MIN_WORDS) {
                continue;
            }
            if (!out.isEmpty() && words + w > MAX_WORDS) {
                break;
            }
            out.add(sibling(best, i));
            words += w;
        }
        return out.isEmpty() ? List.of(best) : out;
    }

    /** Adjacent sentences of one article share a citation whose quote spans them; every sentence carries its [n]. */
    private static Answer render(String question, List<Candidate> chosen) {
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder quote = new StringBuilder();
        Candidate previous = null;
        for (Candidate c : chosen) {
            boolean continues = previous != null && previous.article() == c.article()
                    && previous.index() + 1 == c.index();
            if (!continues) {
                if (previous != null) {
                    citations.add(citation(citations.size() + 1, previous.article(), quote.toString()));
                }
                quote.setLength(0);
            }
            if (quote.length() > 0) {
                quote.append(' ');
            }
            quote.append(SentenceRanking.normalised(c.text()));
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(c.text().strip()).append(" [").append(citations.size() + 1).append(']');
            previous = c;
        }
        citations.add(citation(citations.size() + 1, previous.article(), quote.toString()));
        return new Answer(question, text.toString(), false, citations, Answer.EXTRACTIVE, null, 0);
    }

    private static Citation citation(int n, ArticleFacts article, String quote) {
        Article a = article.sentences().article().article();
        return new Citation(n, a.id(), a.title(), a.source(), a.published(), a.url(), quote);
    }
}
