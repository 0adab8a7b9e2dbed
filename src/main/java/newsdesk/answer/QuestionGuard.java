package newsdesk.answer;

import java.util.List;
import java.util.Optional;

/** Questions that cannot be answered as asked (empty, too long) get a polite reply instead of an attempt. */
public final class QuestionGuard {
    private final int maxChars;

    public QuestionGuard(int maxChars) {
        this.maxChars = maxChars;
    }

    public Optional<Answer> refuse(Question question) {
        String text = question.text().strip();
        if (text.isEmpty()) {
            return Optional.of(polite(question.text(),
                    "Please ask a question about the stored news, for example: \"What happened today?\""));
        }
        if (text.codePointCount(0, text.length()) > maxChars) {
            return Optional.of(polite(question.text(), String.format(
                    "That question is too long (%,d characters; the limit is %,d). Please ask it in fewer words.",
                    text.codePointCount(0, text.length()), maxChars)));
        }
        return Optional.empty();
    }

    private static Answer polite(String question, String message) {
        return new Answer(question, message, true, List.of(), Answer.EXTRACTIVE, null, 0);
    }
}
