package newsdesk.discord;

import java.time.Instant;

/**
 * A reader's vote on one answer.
 *
 * @param answerId the short id carried by the answer's buttons
 * @param question the question as asked, or null if the bot restarted since it answered
 * @param answer the answer's text, or null if the bot restarted since it answered
 */
public record Feedback(String answerId, Vote vote, String userId, String question, String answer, Instant at) {
    public enum Vote { HELPFUL, NOT_HELPFUL }
}
