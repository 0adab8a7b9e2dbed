package newsdesk.answer.extractive;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reader weighs to decide whether the best sentence found answers at all, or the stored articles do not
 * hold the answer: how sure the ranking is, how close the sentence is to the question, and whether the question's
 * rarest words and its names occur in the article at all (a question about another event names things the article
 * never does).
 */
final class Answerability {
    static final List<String> NAMES = List.of(
            "best_probability",      // the ranking model's probability for the best sentence
            "best_similarity",       // its cosine with the question
            "best_focus_similarity", // its cosine with the asking sentence
            "article_fit",           // the question's cosine with its article's centroid (what the story is about),
                                     // minus its own sentences' average: long, many-sided articles are not penalised
            "best_overlap",          // weighted share of the question's words in it
            "best_context_overlap",  // the same, with its neighbours, title and lead
            "article_coverage",      // weighted share of the question's words anywhere in its article
            "missing_rare",          // the highest weight (idf / 10) of a question word its article never uses
            "margin",                // its probability minus the next best sentence's
            "best_answer_type",      // how clearly it holds the kind of answer asked for (typed questions)
            "best_answer_near",      // a word of the kind asked for stands by an asked word in it
            "counting_question",     // the question asks how many of something
            "best_counts",           // a number stands right by the thing counted in it
            "question_words",        // content words of the question, up to 20, over 20
            "missing_rare_read",     // the same as missing_rare, for words no article read uses
            "names_missing",         // weighted share of the question's names (see QuestionContext) its article lacks
            "names_missing_read");   // the same, for names no article read uses

    private Answerability() {
    }

    /** @param c the candidates, best first (at least one) */
    static double[] of(QuestionContext q, List<Candidate> c) {
        Candidate best = c.get(0);
        Set<String> articleStems = best.article().stems();
        Map<String, Set<String>> read = new HashMap<>();
        c.forEach(candidate -> read.putIfAbsent(candidate.article().id(), candidate.article().stems()));
        double[] x = best.features();
        return new double[] {
                best.probability(),
                best.similarity(),
                best.focusSimilarity(),
                best.article().centroidCosine(q.vector()) - best.article().meanCentroidCosine(),
                x[Features.NAMES.indexOf("overlap")],
                x[Features.NAMES.indexOf("context_overlap")],
                q.overlap(articleStems),
                rarestMissing(q, List.of(articleStems)) / 10,
                c.size() > 1 ? best.probability() - c.get(1).probability() : best.probability(),
                x[Features.NAMES.indexOf("answer_type")],
                x[Features.NAMES.indexOf("answer_near_asked")],
                q.form().counted().isEmpty() ? 0 : 1,
                x[Features.NAMES.indexOf("counts_asked")],
                Math.min(q.weights().size(), 20) / 20.0,
                rarestMissing(q, read.values()) / 10,
                q.namesMissing(List.of(articleStems)),
                q.namesMissing(read.values())};
    }

    /** The highest weight of a question word that none of the articles uses (0 when one uses each). */
    private static double rarestMissing(QuestionContext q, Collection<Set<String>> articles) {
        double out = 0;
        for (Map.Entry<String, Double> e : q.weights().entrySet()) {
            if (articles.stream().noneMatch(words -> words.contains(e.getKey()))) {
                out = Math.max(out, e.getValue());
            }
        }
        return out;
    }
}
