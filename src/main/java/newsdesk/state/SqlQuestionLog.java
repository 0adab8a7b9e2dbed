package newsdesk.state;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/** The {@code questions} table, and the usage figures read from it and the votes. */
final class SqlQuestionLog implements QuestionLog {
    static final int UNANSWERED_SHOWN = 5;
    private static final long DAY_MS = 86_400_000L;
    private static final int QUESTION_CHARS = 2000;

    private final StateDatabase db;

    SqlQuestionLog(StateDatabase db) {
        this.db = db;
    }

    @Override
    public void record(AskedQuestion q) {
        String question = q.question().length() <= QUESTION_CHARS ? q.question() : q.question().substring(0, QUESTION_CHARS);
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO questions (answer_id, guild_id, channel_id, "
                    + "user_id, question, question_key, declined, mode, asked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (answer_id) DO NOTHING")) {
                p.setString(1, q.answerId());
                p.setString(2, q.guildId());
                p.setString(3, q.channelId());
                p.setString(4, q.userId());
                p.setString(5, question);
                p.setString(6, key(question));
                p.setBoolean(7, q.declined());
                p.setString(8, q.mode());
                Sql.setInstant(p, 9, q.at());
                return p.executeUpdate();
            }
        });
    }

    @Override
    public Optional<AskedQuestion> byAnswer(String answerId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT answer_id, guild_id, channel_id, user_id, question, "
                    + "declined, mode, asked_at FROM questions WHERE answer_id = ?")) {
                p.setString(1, answerId);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new AskedQuestion(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7),
                            Sql.instant(rs, "asked_at")));
                }
            }
        });
    }

    @Override
    public UsageStats stats(String guildId, Instant since) {
        return db.read(c -> {
            TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
            int asked = 0;
            int declined = 0;
            try (PreparedStatement p = c.prepareStatement("SELECT asked_at / " + DAY_MS + ", COUNT(*), "
                    + "SUM(CASE WHEN declined THEN 1 ELSE 0 END) FROM questions WHERE guild_id = ? AND asked_at >= ? "
                    + "GROUP BY asked_at / " + DAY_MS)) {
                p.setString(1, guildId);
                Sql.setInstant(p, 2, since);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        perDay.put(LocalDate.ofInstant(Instant.ofEpochMilli(rs.getLong(1) * DAY_MS), ZoneOffset.UTC),
                                rs.getInt(2));
                        asked += rs.getInt(2);
                        declined += rs.getInt(3);
                    }
                }
            }
            int helpful = 0;
            int notHelpful = 0;
            try (PreparedStatement p = c.prepareStatement("SELECT v.vote, COUNT(*) FROM feedback_votes v "
                    + "JOIN questions q ON q.answer_id = v.answer_id WHERE q.guild_id = ? AND v.created_at >= ? "
                    + "GROUP BY v.vote")) {
                p.setString(1, guildId);
                Sql.setInstant(p, 2, since);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        if ("helpful".equals(rs.getString(1))) {
                            helpful = rs.getInt(2);
                        } else {
                            notHelpful = rs.getInt(2);
                        }
                    }
                }
            }
            List<UsageStats.Unanswered> unanswered = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT MIN(question), COUNT(*) FROM questions "
                    + "WHERE guild_id = ? AND asked_at >= ? AND declined = ? GROUP BY question_key "
                    + "ORDER BY COUNT(*) DESC, MIN(asked_at)")) {
                p.setString(1, guildId);
                Sql.setInstant(p, 2, since);
                p.setBoolean(3, true);
                p.setMaxRows(UNANSWERED_SHOWN);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        unanswered.add(new UsageStats.Unanswered(rs.getString(1), rs.getInt(2)));
                    }
                }
            }
            return new UsageStats(perDay, asked, declined, helpful, notHelpful, unanswered);
        });
    }

    /** "  What  happened?? " and "what happened" are the same question. */
    static String key(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip().replaceAll("[\\s?!.…]+$", "");
    }

    @Override
    public String toString() {
        return "questions table of the state database";
    }
}
