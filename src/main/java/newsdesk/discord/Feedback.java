package newsdesk.discord;

import java.time.Instant;

/**
 * A reader's vote on one answer. A reader has one vote per answer: a later vote, or the reason given for it,
 * replaces the earlier one.
 *
 * @param answerId the short id carried by the answer's buttons
 * @param question the question as asked, or null if the bot restarted since it answered
 * @param answer the answer's text, or null if the bot restarted since it answered
 * @param reason what the reader said was wrong (the form offered after 👎), or null
 */
public record Feedback(String answerId, Vote vote, String userId, String question, String answer, Instant at,
                       String reason) {
    public enum Vote { HELPFUL, NOT_HELPFUL }

    public Feedback(String answerId, Vote vote, String userId, String question, String answer, Instant at) {
        this(answerId, vote, userId, question, answer, at, null);
    }
}
