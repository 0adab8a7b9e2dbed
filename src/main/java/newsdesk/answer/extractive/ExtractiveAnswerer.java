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
 * own and after the previous question, and the reading the model is surer of wins; a sentence already given in the
 * previous answer is never given again.
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

    private Answer answerOne(Question question) {
        SentenceRanking.Ranked ranked = read(question);
        return composer.compose(question.text(), ranked);
    }

    /** The question read on its own, or, after earlier turns, following the previous question if that reads better. */
    SentenceRanking.Ranked read(Question question) {
        Set<String> given = question.history().isEmpty() ? Set.of()
                : givenBefore(question.history().get(question.history().size() - 1).answer());
        SentenceRanking.Ranked alone = ranking.rank(question.text(), given);
        if (question.history().isEmpty()) {
            return alone;
        }
        String previous = question.history().get(question.history().size() - 1).question();
        SentenceRanking.Ranked following = ranking.rank(previous.strip() + "\n" + question.text(), given);
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
