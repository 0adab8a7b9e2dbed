package newsdesk.state;

import java.time.Instant;
import java.util.Objects;

/**
 * One question the bot answered (or declined), for the usage figures of {@code /newsdesk stats}.
 *
 * @param answerId the short id the answer's buttons carry (votes on it are counted with it)
 * @param declined the stored articles did not answer it
 * @param mode how it was answered: "extractive" or "llm"
 */
public record AskedQuestion(String answerId, String guildId, String channelId, String userId, String question,
                            boolean declined, String mode, Instant at) {
    public AskedQuestion {
        Objects.requireNonNull(answerId, "answerId");
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(at, "at");
    }
}
