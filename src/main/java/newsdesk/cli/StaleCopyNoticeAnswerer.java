package newsdesk.cli;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;
import newsdesk.answer.Question;

/**
 * Answers as the answerer it wraps does, saying so when the shared database has been unreachable and the local copy
 * of its articles may be missing the newest ones.
 */
final class StaleCopyNoticeAnswerer implements Answerer {
    static final String NOTICE = "the article database is unreachable: answering from this process's copy, which may "
            + "miss the newest articles";

    private final Answerer answerer;
    private final BooleanSupplier stale;

    StaleCopyNoticeAnswerer(Answerer answerer, BooleanSupplier stale) {
        this.answerer = answerer;
        this.stale = stale;
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
        if (!stale.getAsBoolean()) {
            return answer;
        }
        return answer.withNotice(answer.notice() == null ? NOTICE : answer.notice() + "; " + NOTICE);
    }
}
