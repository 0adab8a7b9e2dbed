package newsdesk.discord;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;
import newsdesk.answer.Question;

/** Answers with a function of the question; records questions and the threads they were answered on. */
final class RecordingAnswerer implements Answerer {
    final List<Question> questions = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    final CountDownLatch started = new CountDownLatch(1);
    private final Function<Question, Answer> answers;
    private volatile CountDownLatch gate;

    RecordingAnswerer(Function<Question, Answer> answers) {
        this.answers = answers;
    }

    static RecordingAnswerer saying(String text) {
        return new RecordingAnswerer(q -> new Answer(q.text(), text, false, List.of(FactsAnswerer.SOURCE),
                Answer.EXTRACTIVE, null, 1));
    }

    /** Holds every answer until the returned latch is counted down. */
    CountDownLatch holdAnswers() {
        gate = new CountDownLatch(1);
        return gate;
    }

    @Override
    public Answer answer(Question question) {
        questions.add(question);
        threads.add(Thread.currentThread().getName());
        started.countDown();
        CountDownLatch g = gate;
        if (g != null) {
            try {
                g.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return answers.apply(question);
    }
}
