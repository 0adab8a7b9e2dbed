package newsdesk.answer.extractive;

import newsdesk.article.Sentence;

/**
 * One sentence considered as an answer.
 *
 * @param index its position in the article
 * @param articleRank the article's place among the articles read (0 for the best retrieved)
 * @param passageRank the place of the retrieved passage holding it, or -1 when only its article was retrieved
 * @param similarity the cosine of the question's vector and the sentence's
 * @param focusSimilarity the cosine of the asking sentence's vector and the sentence's
 * @param residual the cosine once the article's shared direction is taken out ({@link ArticleFacts#residualCosine})
 * @param focusResidual the same for the asking sentence's vector
 * @param features what the model weighs, in {@link Features#NAMES} order
 * @param probability the model's estimate that the sentence answers the question
 */
record Candidate(ArticleFacts article, int index, int articleRank, int passageRank, double similarity,
                 double focusSimilarity, double residual, double focusResidual, double[] features,
                 double probability) {

    Sentence sentence() {
        return article.sentences().sentences().get(index);
    }

    SentenceFacts facts() {
        return article.facts().get(index);
    }

    String text() {
        return sentence().text();
    }

    Candidate scored(double[] features, double probability) {
        return new Candidate(article, index, articleRank, passageRank, similarity, focusSimilarity, residual,
                focusResidual, features, probability);
    }
}
