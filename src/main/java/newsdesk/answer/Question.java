package newsdesk.answer;

import java.util.List;

/**
 * A question as asked, with the conversation before it (oldest first) so follow-ups can be resolved.
 */
public record Question(String text, List<Turn> history) {
    public Question {
        text = text == null ? "" : text;
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static Question of(String text) {
        return new Question(text, List.of());
    }
}
