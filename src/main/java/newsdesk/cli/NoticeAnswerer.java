package newsdesk.cli;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;
import newsdesk.answer.Question;

/** Answers as the answerer it wraps does, adding a notice to every answer while a condition holds. */
final class NoticeAnswerer implements Answerer {
    static final String SAMPLE = "answering from the bundled sample; add articles with `newsdesk ingest`";
    static final String STALE_COPY = "the article database is unreachable: answering from this process's copy, which "
            + "may miss the newest articles";

    private final Answerer answerer;
    private final BooleanSupplier applies;
    private final String notice;

    NoticeAnswerer(Answerer answerer, BooleanSupplier applies, String notice) {
        this.answerer = answerer;
        this.applies = applies;
        this.notice = notice;
    }

    /** Says so when the answers come from the bundled sample rather than the store. */
    static Answerer fromSample(Answerer answerer, BooleanSupplier fromSample) {
        return new NoticeAnswerer(answerer, fromSample, SAMPLE);
    }

    /** Says so when the shared database has been unreachable and the local copy may miss the newest articles. */
    static Answerer fromStaleCopy(Answerer answerer, BooleanSupplier stale) {
        return new NoticeAnswerer(answerer, stale, STALE_COPY);
    }

    @Override
    public Answer answer(Question question) {
        return noted(answerer.answer(question));
    }

    @Override
    public Answer answer(Question question, Consumer<String> partialText) {
        return noted(answerer.answer(question, partialText));
    }

    private Answer noted(Answer answer) {
        if (!applies.getAsBoolean()) {
            return answer;
        }
        return answer.withNotice(answer.notice() == null ? notice : answer.notice() + "; " + notice);
    }
}
