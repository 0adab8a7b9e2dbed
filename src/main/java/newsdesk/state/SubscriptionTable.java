package newsdesk.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code subscriptions} table. */
final class SubscriptionTable implements SubscriptionStore {
    private static final String COLUMNS = "id, guild_id, channel_id, local_time, zone, topic, nothing_new, enabled, "
            + "last_error, created_by, created_at, active_since";

    private final StateDatabase db;

    SubscriptionTable(StateDatabase db) {
        this.db = db;
    }

    @Override
    public Subscription upsert(SubscriptionRequest r, Instant now) {
        return db.transaction(c -> {
            Optional<Subscription> existing = find(c, r.channelId());
            long id;
            if (existing.isPresent()) {
                id = existing.get().id();
                try (PreparedStatement p = c.prepareStatement("UPDATE subscriptions SET guild_id = ?, local_time = ?, "
                        + "zone = ?, topic = ?, nothing_new = ?, enabled = ?, last_error = NULL, created_by = ?, "
                        + "active_since = ? WHERE id = ?")) {
                    p.setString(1, r.guildId());
                    p.setString(2, hhmm(r.time()));
                    p.setString(3, r.zone().getId());
                    p.setString(4, blankToNull(r.topic()));
                    p.setString(5, r.nothingNew().word());
                    p.setBoolean(6, true);
                    p.setString(7, r.requestedBy());
                    p.setLong(8, now.toEpochMilli());
                    p.setLong(9, id);
                    p.executeUpdate();
                }
            } else {
                // ids come from the program, not an auto-increment column, which SQLite and PostgreSQL spell differently
                id = nextId(c);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO subscriptions (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)")) {
                    p.setLong(1, id);
                    p.setString(2, r.guildId());
                    p.setString(3, r.channelId());
                    p.setString(4, hhmm(r.time()));
                    p.setString(5, r.zone().getId());
                    p.setString(6, blankToNull(r.topic()));
                    p.setString(7, r.nothingNew().word());
                    p.setBoolean(8, true);
                    p.setString(9, r.requestedBy());
                    p.setLong(10, now.toEpochMilli());
                    p.setLong(11, now.toEpochMilli());
                    p.executeUpdate();
                }
            }
            return find(c, r.channelId()).orElseThrow();
        });
    }

    @Override
    public boolean disable(String guildId, String channelId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE subscriptions SET enabled = ?, last_error = NULL "
                    + "WHERE guild_id = ? AND channel_id = ? AND enabled = ?")) {
                p.setBoolean(1, false);
                p.setString(2, guildId);
                p.setString(3, channelId);
                p.setBoolean(4, true);
                return p.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<Subscription> enabled() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM subscriptions WHERE enabled = ? ORDER BY id")) {
                p.setBoolean(1, true);
                return all(p);
            }
        });
    }

    @Override
    public List<Subscription> visibleIn(String guildId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM subscriptions WHERE guild_id = ? "
                    + "AND (enabled = ? OR last_error IS NOT NULL) ORDER BY id")) {
                p.setString(1, guildId);
                p.setBoolean(2, true);
                return all(p);
            }
        });
    }

    @Override
    public Optional<Subscription> byId(long id) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM subscriptions WHERE id = ?")) {
                p.setLong(1, id);
                List<Subscription> found = all(p);
                return found.stream().findFirst();
            }
        });
    }

    @Override
    public void recordError(long id, String error) {
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE subscriptions SET last_error = ? WHERE id = ?")) {
                p.setString(1, Sql.clip(error));
                p.setLong(2, id);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public void clearError(long id) {
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE subscriptions SET last_error = NULL WHERE id = ? AND last_error IS NOT NULL")) {
                p.setLong(1, id);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public void disableWithError(long id, String error) {
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE subscriptions SET enabled = ?, last_error = ? WHERE id = ?")) {
                p.setBoolean(1, false);
                p.setString(2, Sql.clip(error));
                p.setLong(3, id);
                return p.executeUpdate();
            }
        });
    }

    private static Optional<Subscription> find(Connection c, String channelId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM subscriptions WHERE channel_id = ?")) {
            p.setString(1, channelId);
            return all(p).stream().findFirst();
        }
    }

    private static long nextId(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM subscriptions");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Subscription> all(PreparedStatement p) throws SQLException {
        List<Subscription> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new Subscription(rs.getLong("id"), rs.getString("guild_id"), rs.getString("channel_id"),
                        LocalTime.parse(rs.getString("local_time")), ZoneId.of(rs.getString("zone")),
                        rs.getString("topic"), NothingNew.parse(rs.getString("nothing_new")),
                        rs.getBoolean("enabled"), rs.getString("last_error"), rs.getString("created_by"),
                        Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("active_since"))));
            }
        }
        return out;
    }

    private static String hhmm(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
