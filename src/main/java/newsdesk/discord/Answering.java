package newsdesk.discord;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;
import newsdesk.answer.Question;
import newsdesk.state.AskedQuestion;
import newsdesk.state.QuestionLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an answer and delivers it, on a worker thread: the text, its sources as embeds and its buttons; then notes
 * it (for buttons, replies and {@code /newsdesk stats}). Any failure becomes an apology to the user with a short
 * reference that is also in the log, and the bot carries on.
 */
final class Answering {
    private static final Logger log = LoggerFactory.getLogger(Answering.class);

    /** Who asked, and where. */
    record Asker(long guildId, long channelId, long userId) {
    }

    /** An answer as sent. */
    record Delivered(String answerId, Answer answer, List<Long> messageIds) {
    }

    private final Answerer answerer;
    private final AnswerButtons buttons;
    private final RecentAnswers recent;
    private final QuestionLog questions;
    private final boolean streaming;
    private final Clock clock;

    /** @param streaming show the answer while it is written, when the answerer streams (an LLM) */
    Answering(Answerer answerer, AnswerButtons buttons, RecentAnswers recent, QuestionLog questions, boolean streaming,
              Clock clock) {
        this.answerer = answerer;
        this.buttons = buttons;
        this.recent = recent;
        this.questions = questions;
        this.streaming = streaming;
        this.clock = clock;
    }

    /** @return the answer as delivered, or empty when it failed (the user was told) */
    Optional<Delivered> answerInto(Question question, Asker asker, ReplyTarget target) {
        return answerInto(question, asker, target, false, answer -> { });
    }

    /**
     * @param offerThread add the "Continue in thread" button (a public answer outside a thread)
     * @param beforeDelivery told of the answer before it is sent, so a reply to it (a follow-up in a thread) can
     *                       never arrive before the bot knows what it said
     */
    Optional<Delivered> answerInto(Question question, Asker asker, ReplyTarget target, boolean offerThread,
                                   Consumer<Answer> beforeDelivery) {
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
        String answerId = recent.remember(question.text(), answer);
        List<Long> sent;
        try {
            beforeDelivery.accept(answer);
            sent = target.send(AnswerRendering.render(answer).withButtons(buttons.forAnswer(answerId, answer, offerThread)));
        } catch (RuntimeException e) {
            String ref = Ids.next();
            log.error("delivering an answer failed [ref {}]", ref, e);
            apologise(target, ref);
            return Optional.empty();
        }
        recent.sentAs(answerId, sent);
        note(answerId, question, asker, answer);
        return Optional.of(new Delivered(answerId, answer, sent));
    }

    private void note(String answerId, Question question, Asker asker, Answer answer) {
        try {
            questions.record(new AskedQuestion(answerId, Long.toUnsignedString(asker.guildId()),
                    Long.toUnsignedString(asker.channelId()), Long.toUnsignedString(asker.userId()), question.text(),
                    answer.abstained(), answer.mode(), clock.instant()));
        } catch (RuntimeException e) {
            log.warn("could not note answer {} for the usage figures: {}", answerId, e.toString());
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
