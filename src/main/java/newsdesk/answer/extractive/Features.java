package newsdesk.answer.extractive;

import java.util.List;
import java.util.Set;

/**
 * What the reader's model weighs for each candidate sentence. Every feature is general: it holds for any news story
 * and any question, and says nothing about what a story is about.
 */
final class Features {
    static final List<String> NAMES = List.of(
            "similarity",            // cosine of the question's and the sentence's vectors
            "similarity_gap",        // that, minus the best cosine among all candidates (0 for the best)
            "focus_similarity",      // cosine of the asking sentence's vector (without the scene-setting) and the sentence's
            "focus_similarity_gap",  // that, minus the best such cosine
            "residual_similarity",   // the cosine once what the whole article is about is taken out of both vectors
            "focus_residual",        // the same for the asking sentence
            "neighbour_similarity",  // the better neighbouring sentence's cosine, minus the sentence's own
            "previous_overlap",      // weighted share of the question's words in the sentence before it
            "next_overlap",          // weighted share of the question's words in the sentence after it
            "article_gap",           // the best cosine in the sentence's article, minus the best overall
            "overlap",               // weighted share of the question's words in the sentence
            "focus_overlap",         // weighted share of the asking sentence's words in the sentence
            "asked_overlap",         // weighted share of the words only the asking sentence uses (what is asked about)
            "context_overlap",       // weighted share found in the sentence, its neighbours, its title and lead
            "title_words",           // share of the title's words the question does not use that the sentence does
            "answer_type",           // how clearly it holds the kind of answer asked for (typed questions)
            "answer_type_missing",   // a typed question, and the sentence holds nothing of that kind
            "answer_near_asked",     // a word of the kind asked for stands within four words of an asked word
            "counts_asked",          // "how many X": a number stands right by X
            "new_words",             // share of its words that the question does not use (an answer adds something)
            "lead",                  // 1 / (1 + its position in the article): news puts the key facts first
            "passage_rank",          // 1 / (1 + the rank of its retrieved passage), 0 when not retrieved itself
            "article_rank",          // 1 / (1 + the rank of its article)
            "short",                 // fewer than six words (captions, bylines, headings)
            "length",                // words, up to 50, over 50
            "capitalised",           // share of capitalised words (lists of names, captions, credits)
            "latest",                // for "latest / final / current" questions: how recent its article is (0..1)
            "latest_lead",           // for such questions, 1 / (1 + its position): a lead states the latest figures
            "summary_lead",          // for "what happened" questions: 1 / (1 + its position)
            "unattributed_quote",    // part of a quotation that does not say who speaks
            "beyond_lead_overlap",   // weighted share of the question's words its title and lead lack, in the sentence
            "lead_asked_beyond");    // for the lead itself: how much of the question its title and lead lack

    private Features() {
    }

    /**
     * @param best the highest cosine among all candidates
     * @param bestFocus the highest cosine with the asking sentence among all candidates
     * @param articleBest the highest cosine in the candidate's article
     * @param recency how recent the candidate's article is among the articles read, from 0 (oldest) to 1 (newest);
     *                0.5 when dates are unknown
     */
    static double[] of(Candidate c, QuestionContext q, double best, double bestFocus, double articleBest,
                       double neighbourBest, double recency) {
        SentenceFacts f = c.facts();
        ArticleFacts a = c.article();
        Set<String> before = c.index() > 0 ? a.facts().get(c.index() - 1).stems() : Set.of();
        Set<String> after = c.index() + 1 < a.size() ? a.facts().get(c.index() + 1).stems() : Set.of();
        Set<String> context = union(before, after);
        AnswerKind kind = q.form().kind();
        boolean clock = q.form().wantsClock();
        double holds = kind.typed() ? f.holds(kind, clock, q.stems()) : 0;
        long newWords = f.stems().stream().filter(s -> !q.stems().contains(s)).count();
        double lead = 1.0 / (1 + c.index());
        return new double[] {
                c.similarity(),
                c.similarity() - best,
                c.focusSimilarity(),
                c.focusSimilarity() - bestFocus,
                c.residual(),
                c.focusResidual(),
                neighbourBest < 0 ? 0 : neighbourBest - c.similarity(),
                q.overlap(before),
                q.overlap(after),
                articleBest - best,
                q.overlap(f.stems()),
                q.focusOverlap(f.stems()),
                q.askedOverlap(f.stems()),
                q.overlap(f.stems(), context, a.titleStems(), a.leadStems()),
                titleWords(a.titleStems(), f.stems(), q.stems()),
                holds,
                kind.typed() && holds == 0 ? 1 : 0,
                f.answersNear(kind, clock, q.askedStems(), q.stems(), 4) ? 1 : 0,
                f.counts(q.form().counted()) ? 1 : 0,
                f.stems().isEmpty() ? 0 : (double) newWords / f.stems().size(),
                lead,
                c.passageRank() < 0 ? 0 : 1.0 / (1 + c.passageRank()),
                1.0 / (1 + c.articleRank()),
                f.words() < 6 ? 1 : 0,
                Math.min(f.words(), 50) / 50.0,
                f.capitalisedShare(),
                q.form().wantsLatest() ? recency : 0,
                q.form().wantsLatest() ? lead : 0,
                kind == AnswerKind.SUMMARY ? lead : 0,
                f.quotation() && !f.speech() ? 1 : 0,
                q.beyondOverlap(f.stems(), a.titleStems(), a.leadStems()),
                c.index() == 0 ? q.beyondShare(a.titleStems(), a.leadStems()) : 0};
    }

    /** The share of the title's words that the question does not use and the sentence does: what the story is about. */
    private static double titleWords(Set<String> title, Set<String> sentence, Set<String> question) {
        int own = 0;
        int found = 0;
        for (String t : title) {
            if (!question.contains(t)) {
                own++;
                found += sentence.contains(t) ? 1 : 0;
            }
        }
        return own == 0 ? 0 : (double) found / own;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return out;
    }
}
