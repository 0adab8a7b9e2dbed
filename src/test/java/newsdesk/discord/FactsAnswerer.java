package newsdesk.discord;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;
import newsdesk.answer.Citation;
import newsdesk.answer.Question;
import newsdesk.answer.Turn;

/**
 * A stand-in answerer that knows two facts about In Amenas. "When did it end?" can only be answered from the
 * conversation's history, so a right answer proves the history was passed on. Records every question.
 */
final class FactsAnswerer implements Answerer {
    static final String HOSTAGES = "At least 23 hostages died [1].";
    static final String ENDED = "The siege ended on 19 January 2013 [1].";
    static final String DECLINE = "I could not find that in the stored articles.";
    static final Citation SOURCE = new Citation(1, "in-amenas", "Algeria hostage crisis ends", "Example Wire",
            "2013-01-19", "https://news.example/in-amenas", "At least 23 hostages died, the government said.");

    final List<Question> asked = new CopyOnWriteArrayList<>();
    volatile RuntimeException failWith;
    private volatile CountDownLatch gate;
    private volatile CountDownLatch held;

    /** Holds answers until the returned latch opens; {@link #awaitHeld} waits for one to arrive. */
    CountDownLatch holdAnswers() {
        held = new CountDownLatch(1);
        gate = new CountDownLatch(1);
        return gate;
    }

    boolean awaitHeld(long seconds) throws InterruptedException {
        return held.await(seconds, TimeUnit.SECONDS);
    }

    /** Streams like an LLM when the question says "streaming": the verified text so far, then the answer. */
    @Override
    public Answer answer(Question question, Consumer<String> partialText) {
        if (question.text().toLowerCase(Locale.ROOT).contains("streaming")) {
            partialText.accept(HOSTAGES);
        }
        return answer(question);
    }

    @Override
    public Answer answer(Question question) {
        asked.add(question);
        CountDownLatch g = gate;
        if (g != null) {
            held.countDown();
            try {
                g.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failWith != null) {
            throw failWith;
        }
        String q = question.text().toLowerCase(Locale.ROOT);
        if (q.contains("hostage")) {
            return answer(question, HOSTAGES);
        }
        boolean aboutTheSiege = question.history().stream().map(Turn::answer).anyMatch(a -> a.contains("hostages"));
        if (q.contains("when") && aboutTheSiege) {
            return answer(question, ENDED);
        }
        return new Answer(question.text(), DECLINE, true, List.of(), Answer.EXTRACTIVE, null, 1);
    }

    private static Answer answer(Question question, String text) {
        return new Answer(question.text(), text, false, List.of(SOURCE), Answer.EXTRACTIVE, null, 2);
    }
}
