package newsdesk.answer.extractive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;
import newsdesk.answer.Question;
import newsdesk.answer.QuestionGuard;
import newsdesk.answer.Turn;
import newsdesk.article.Sentence;
import newsdesk.article.SentenceSplitter;

/**
 * The offline answerer: no model writes anything. A learned reader ranks the sentences of the best-retrieved
 * articles ({@link SentenceRanking}); the best one answers, quoted verbatim with its citation, when the model's
 * probability that it answers reaches the learned threshold; otherwise it declines. A follow-up is read both on its
 * own and after the previous question (its subject, never its answer), and the reading the model is surer of wins;
 * a sentence the previous answer gave comes again only when nothing else answers.
 */
final class ExtractiveAnswerer implements Answerer {
    private final SentenceRanking ranking;
    private final QuestionGuard guard;
    private final AnswerComposer composer;

    ExtractiveAnswerer(SentenceRanking ranking, int maxQuestionChars, int maxSentences) {
        this.ranking = ranking;
        this.guard = new QuestionGuard(maxQuestionChars);
        this.composer = new AnswerComposer(ranking.model(), maxSentences);
    }

    @Override
    public Answer answer(Question question) {
        long started = System.nanoTime();
        Answer answer = guard.refuse(question).orElseGet(() -> answerValid(question));
        return answer.withTiming((System.nanoTime() - started) / 1_000_000);
    }

    /** A question of several parts ("how long..., and where were they sent?") is answered part by part. */
    private Answer answerValid(Question question) {
        List<String> parts = CompoundQuestion.split(question.text());
        if (parts.size() == 1) {
            return answerOne(question);
        }
        List<Answer> answers = new ArrayList<>();
        List<Turn> history = new ArrayList<>(question.history());
        for (String part : parts) {
            Answer a = answerOne(new Question(part, history));
            answers.add(a);
            history.add(new Turn(part, a.abstained() ? "" : a.answer()));
        }
        return CompoundQuestion.merge(question.text(), answers);
    }

    /**
     * The answer from the best reading, made of sentences the previous answer did not give when that is possible;
     * a sentence given before comes again only when nothing else answers.
     */
    private Answer answerOne(Question question) {
        if (question.history().isEmpty()) {
            return composer.compose(question.text(), read(question, Set.of()));
        }
        Set<String> given = givenBefore(question.history().get(question.history().size() - 1).answer());
        Answer fresh = composer.compose(question.text(), read(question, given));
        return fresh.abstained() && !given.isEmpty() ? composer.compose(question.text(), read(question, Set.of()))
                : fresh;
    }

    /**
     * The question read on its own, or, after earlier turns, following the previous question if that reads better.
     *
     * @param excluded sentences (normalised) not to give
     */
    SentenceRanking.Ranked read(Question question, Set<String> excluded) {
        SentenceRanking.Ranked alone = ranking.rank(question.text(), excluded);
        if (question.history().isEmpty()) {
            return alone;
        }
        String previous = question.history().get(question.history().size() - 1).question();
        SentenceRanking.Ranked following = ranking.rank(previous.strip() + "\n" + question.text(), excluded);
        return following.confidence() > alone.confidence() ? following : alone;
    }

    /** The sentences of an earlier answer, normalised as candidates are compared. */
    private static Set<String> givenBefore(String answer) {
        Set<String> out = new HashSet<>();
        if (answer == null || answer.isBlank()) {
            return out;
        }
        for (Sentence s : SentenceSplitter.split(answer.replaceAll("\\s*\\[\\d+]", ""))) {
            out.add(SentenceRanking.normalised(s.text()));
        }
        return out;
    }
}
