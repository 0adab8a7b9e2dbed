package newsdesk.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code briefing_ledger} table. */
final class LedgerTable implements BriefingLedger {
    private static final String COLUMNS = "subscription_id, local_date, status, scheduled_at, claimed_at, claimed_by, "
            + "posted_at, message_id, nonce, late, attempts, parts_posted, next_attempt_at, error";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StateDatabase db;

    LedgerTable(StateDatabase db) {
        this.db = db;
    }

    @Override
    public boolean claim(LedgerEntry entry, List<String> messages) {
        return insert(entry, toJson(messages));
    }

    @Override
    public boolean skip(LedgerEntry entry) {
        return insert(entry, null);
    }

    private boolean insert(LedgerEntry e, String content) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO briefing_ledger (" + COLUMNS + ", content) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                p.setLong(1, e.subscriptionId());
                p.setString(2, e.date().toString());
                p.setString(3, word(e.status()));
                Sql.setInstant(p, 4, e.scheduledAt());
                Sql.setInstant(p, 5, e.claimedAt());
                p.setString(6, e.claimedBy());
                Sql.setInstant(p, 7, e.postedAt());
                p.setString(8, e.messageId());
                p.setString(9, e.nonce());
                p.setBoolean(10, e.late());
                p.setInt(11, e.attempts());
                p.setInt(12, e.partsPosted());
                Sql.setInstant(p, 13, e.nextAttemptAt());
                p.setString(14, Sql.clip(e.error()));
                p.setString(15, content);
                return p.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<LedgerEntry> entry(long subscriptionId, LocalDate date) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM briefing_ledger "
                    + "WHERE subscription_id = ? AND local_date = ?")) {
                p.setLong(1, subscriptionId);
                p.setString(2, date.toString());
                return all(p).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<LedgerEntry> latest(long subscriptionId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM briefing_ledger "
                    + "WHERE subscription_id = ? ORDER BY local_date DESC")) {
                p.setLong(1, subscriptionId);
                p.setMaxRows(1);
                return all(p).stream().findFirst();
            }
        });
    }

    @Override
    public List<LedgerEntry> unfinished() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM briefing_ledger "
                    + "WHERE status = ? ORDER BY claimed_at")) {
                p.setString(1, word(LedgerEntry.Status.CLAIMED));
                return all(p);
            }
        });
    }

    @Override
    public List<String> messages(long subscriptionId, LocalDate date) {
        String json = db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT content FROM briefing_ledger "
                    + "WHERE subscription_id = ? AND local_date = ?")) {
                p.setLong(1, subscriptionId);
                p.setString(2, date.toString());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        return json == null ? List.of() : fromJson(json);
    }

    @Override
    public boolean takeOver(LedgerEntry seen, String owner, Instant now) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE briefing_ledger SET claimed_by = ?, claimed_at = ? "
                    + "WHERE subscription_id = ? AND local_date = ? AND status = ? AND claimed_by = ? AND claimed_at = ?")) {
                p.setString(1, owner);
                Sql.setInstant(p, 2, now);
                p.setLong(3, seen.subscriptionId());
                p.setString(4, seen.date().toString());
                p.setString(5, word(LedgerEntry.Status.CLAIMED));
                p.setString(6, seen.claimedBy());
                Sql.setInstant(p, 7, seen.claimedAt());
                return p.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void beginAttempt(LedgerEntry e, Instant now) {
        change(e, "attempts = attempts + 1, claimed_at = ?, next_attempt_at = NULL", p -> {
            Sql.setInstant(p, 1, now);
            return 2;
        });
    }

    @Override
    public void partPosted(LedgerEntry e, int part, String messageId) {
        change(e, "parts_posted = ?, message_id = COALESCE(message_id, ?)", p -> {
            p.setInt(1, part + 1);
            p.setString(2, messageId);
            return 3;
        });
    }

    @Override
    public void posted(LedgerEntry e, Instant now) {
        change(e, "status = ?, posted_at = ?, next_attempt_at = NULL, error = NULL", p -> {
            p.setString(1, word(LedgerEntry.Status.POSTED));
            Sql.setInstant(p, 2, now);
            return 3;
        });
    }

    @Override
    public void retryAt(LedgerEntry e, Instant next, String error) {
        change(e, "next_attempt_at = ?, error = ?", p -> {
            Sql.setInstant(p, 1, next);
            p.setString(2, Sql.clip(error));
            return 3;
        });
    }

    @Override
    public void failed(LedgerEntry e, String error) {
        change(e, "status = ?, next_attempt_at = NULL, error = ?", p -> {
            p.setString(1, word(LedgerEntry.Status.FAILED));
            p.setString(2, Sql.clip(error));
            return 3;
        });
    }

    private void change(LedgerEntry e, String assignments, Binder binder) {
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE briefing_ledger SET " + assignments
                    + " WHERE subscription_id = ? AND local_date = ?")) {
                int next = binder.bind(p);
                p.setLong(next, e.subscriptionId());
                p.setString(next + 1, e.date().toString());
                return p.executeUpdate();
            }
        });
    }

    @FunctionalInterface
    private interface Binder {
        /** @return the index of the next parameter */
        int bind(PreparedStatement p) throws SQLException;
    }

    private static List<LedgerEntry> all(PreparedStatement p) throws SQLException {
        List<LedgerEntry> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new LedgerEntry(rs.getLong("subscription_id"), LocalDate.parse(rs.getString("local_date")),
                        LedgerEntry.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                        Sql.instant(rs, "scheduled_at"), Sql.instant(rs, "claimed_at"), rs.getString("claimed_by"),
                        Sql.instant(rs, "posted_at"), rs.getString("message_id"), rs.getString("nonce"),
                        rs.getBoolean("late"), rs.getInt("attempts"), rs.getInt("parts_posted"),
                        Sql.instant(rs, "next_attempt_at"), rs.getString("error")));
            }
        }
        return out;
    }

    private static String word(LedgerEntry.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static String toJson(List<String> messages) {
        try {
            return JSON.writeValueAsString(messages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fromJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StateException("unreadable briefing content in the ledger: " + e.getMessage());
        }
    }
}
