package newsdesk.state;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The {@code feedback_votes} table: one row per reader and answer. */
final class SqlFeedbackStore implements FeedbackStore {
    private static final String HELPFUL = "helpful";
    private static final String NOT_HELPFUL = "not_helpful";

    private final StateDatabase db;

    SqlFeedbackStore(StateDatabase db) {
        this.db = db;
    }

    @Override
    public void record(FeedbackVote v) {
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO feedback_votes (answer_id, vote, user_id, "
                    + "question, answer, created_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, reason = excluded.reason, "
                    + "question = COALESCE(excluded.question, feedback_votes.question), "
                    + "answer = COALESCE(excluded.answer, feedback_votes.answer), created_at = excluded.created_at")) {
                p.setString(1, v.answerId());
                p.setString(2, v.helpful() ? HELPFUL : NOT_HELPFUL);
                p.setString(3, v.userId());
                p.setString(4, v.question());
                p.setString(5, v.answer());
                Sql.setInstant(p, 6, v.at());
                p.setString(7, Sql.clip(v.reason()));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public List<FeedbackVote> recent(int limit) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT answer_id, vote, user_id, question, answer, created_at, "
                    + "reason FROM feedback_votes ORDER BY created_at DESC")) {
                p.setMaxRows(limit);
                List<FeedbackVote> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new FeedbackVote(rs.getString(1), HELPFUL.equals(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), Sql.instant(rs, "created_at"), rs.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public String toString() {
        return "feedback_votes table of the state database";
    }
}
