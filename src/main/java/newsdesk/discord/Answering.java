package newsdesk.discord;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;
import newsdesk.answer.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an answer and delivers it, on a worker thread. Any failure becomes an apology to the user with a short
 * reference that is also in the log, and the bot carries on.
 */
final class Answering {
    private static final Logger log = LoggerFactory.getLogger(Answering.class);

    private final Answerer answerer;
    private final FeedbackButtons feedback;
    private final boolean streaming;
    private final Clock clock;

    Answering(Answerer answerer, FeedbackButtons feedback) {
        this(answerer, feedback, false, Clock.systemUTC());
    }

    /** @param streaming show the answer while it is written, when the answerer streams (an LLM) */
    Answering(Answerer answerer, FeedbackButtons feedback, boolean streaming, Clock clock) {
        this.answerer = answerer;
        this.feedback = feedback;
        this.streaming = streaming;
        this.clock = clock;
    }

    /** @return the answer as delivered, or empty when it failed (the user was told) */
    Optional<Answer> answerInto(Question question, ReplyTarget target) {
        return answerInto(question, target, answer -> { });
    }

    /**
     * @param beforeDelivery told of the answer before it is sent, so a reply to it (a follow-up in a thread) can
     *                       never arrive before the bot knows what it said
     */
    Optional<Answer> answerInto(Question question, ReplyTarget target, Consumer<Answer> beforeDelivery) {
        Answer answer;
        try (ReplyTarget.Working working = target.working()) {
            if (streaming) {
                Drafts drafts = new Drafts(target, clock);
                try {
                    answer = answerer.answer(question, drafts);
                } finally {
                    drafts.finish();
                }
            } else {
                answer = answerer.answer(question);
            }
        } catch (RuntimeException e) {
            String ref = Ids.next();
            log.error("answering failed [ref {}] (question of {} chars)", ref, question.text().length(), e);
            apologise(target, ref);
            return Optional.empty();
        }
        try {
            beforeDelivery.accept(answer);
            target.send(AnswerRendering.render(answer), feedback.buttonsFor(question.text(), answer));
            return Optional.of(answer);
        } catch (RuntimeException e) {
            String ref = Ids.next();
            log.error("delivering an answer failed [ref {}]", ref, e);
            apologise(target, ref);
            return Optional.empty();
        }
    }

    static String apology(String ref) {
        return "Sorry, something went wrong while answering. Please try again later. (ref `" + ref + "`)";
    }

    static void apologise(ReplyTarget target, String ref) {
        try {
            target.send(List.of(apology(ref)), List.of());
        } catch (RuntimeException e) {
            log.warn("could not apologise for [ref {}]: {}", ref, e.toString());
        }
    }
}
