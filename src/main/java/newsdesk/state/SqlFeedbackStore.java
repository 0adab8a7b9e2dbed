package newsdesk.state;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The {@code feedback} table. */
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
            try (PreparedStatement p = c.prepareStatement("INSERT INTO feedback (answer_id, vote, user_id, question, "
                    + "answer, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setString(1, v.answerId());
                p.setString(2, v.helpful() ? HELPFUL : NOT_HELPFUL);
                p.setString(3, v.userId());
                p.setString(4, v.question());
                p.setString(5, v.answer());
                Sql.setInstant(p, 6, v.at());
                return p.executeUpdate();
            }
        });
    }

    @Override
    public List<FeedbackVote> recent(int limit) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT answer_id, vote, user_id, question, answer, created_at "
                    + "FROM feedback ORDER BY created_at DESC")) {
                p.setMaxRows(limit);
                List<FeedbackVote> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new FeedbackVote(rs.getString(1), HELPFUL.equals(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), Sql.instant(rs, "created_at")));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public String toString() {
        return "feedback table of the state database";
    }
}
