package newsdesk.state;

import java.time.Instant;
import java.util.Optional;

/** The questions asked of the bot and what became of them, kept in the state database. */
public interface QuestionLog {
    void record(AskedQuestion question);

    /** The question the answer with this id answered, if it is known. */
    Optional<AskedQuestion> byAnswer(String answerId);

    /** The server's usage since the given instant, votes on its answers included. */
    UsageStats stats(String guildId, Instant since);

    /** Keeps nothing: for a bot without a state database. */
    static QuestionLog none() {
        return new QuestionLog() {
            @Override
            public void record(AskedQuestion question) {
            }

            @Override
            public Optional<AskedQuestion> byAnswer(String answerId) {
                return Optional.empty();
            }

            @Override
            public UsageStats stats(String guildId, Instant since) {
                return new UsageStats(new java.util.TreeMap<>(), 0, 0, 0, 0, java.util.List.of());
            }
        };
    }
}
