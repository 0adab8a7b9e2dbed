package newsdesk.cli;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;
import newsdesk.answer.Question;

/** Answers as the answerer it wraps does, saying so when they come from the bundled sample rather than the store. */
final class SampleNoticeAnswerer implements Answerer {
    static final String NOTICE = "answering from the bundled sample; add articles with `newsdesk ingest`";

    private final Answerer answerer;
    private final BooleanSupplier fromSample;

    SampleNoticeAnswerer(Answerer answerer, BooleanSupplier fromSample) {
        this.answerer = answerer;
        this.fromSample = fromSample;
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
        if (!fromSample.getAsBoolean()) {
            return answer;
        }
        return answer.withNotice(answer.notice() == null ? NOTICE : answer.notice() + "; " + NOTICE);
    }
}
