package newsdesk.answer;

import java.util.function.Consumer;

/** Answers questions from the stored articles. Never throws for a bad question: it answers politely instead. */
public interface Answerer {
    Answer answer(Question question);

    /**
     * Answers, reporting the text so far while it is being written (an LLM streaming); the returned answer is the
     * final, verified one and may differ from the last partial text. Answerers that do not stream ignore the callback.
     */
    default Answer answer(Question question, Consumer<String> partialText) {
        return answer(question);
    }

    default Answer answer(String question) {
        return answer(Question.of(question));
    }
}
