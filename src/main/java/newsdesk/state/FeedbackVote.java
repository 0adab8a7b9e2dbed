package newsdesk.state;

import java.time.Instant;
import java.util.Objects;

/**
 * A reader's vote on one answer.
 *
 * @param answerId the short id the answer's buttons carry
 * @param question the question as asked, or null if the bot restarted since it answered
 * @param answer the answer's text, or null likewise
 * @param reason what the reader said was wrong, or null
 */
public record FeedbackVote(String answerId, boolean helpful, String userId, String question, String answer, Instant at,
                           String reason) {
    public FeedbackVote {
        Objects.requireNonNull(answerId, "answerId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(at, "at");
    }

    public FeedbackVote(String answerId, boolean helpful, String userId, String question, String answer, Instant at) {
        this(answerId, helpful, userId, question, answer, at, null);
    }
}
