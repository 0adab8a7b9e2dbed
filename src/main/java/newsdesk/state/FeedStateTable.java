package newsdesk.state;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** The {@code feed_state} table: validators for conditional GET and the last outcome of each feed. */
final class FeedStateTable implements FeedStates {
    private final StateDatabase db;

    FeedStateTable(StateDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<FeedState> get(String url) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT url, etag, last_modified, last_polled_at, last_ok_at, "
                    + "failures, last_error FROM feed_state WHERE url = ?")) {
                p.setString(1, url);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new FeedState(rs.getString(1), rs.getString(2), rs.getString(3),
                            Sql.instant(rs, "last_polled_at"), Sql.instant(rs, "last_ok_at"), rs.getInt(6),
                            rs.getString(7)));
                }
            }
        });
    }

    @Override
    public void succeeded(String url, String etag, String lastModified, Instant now) {
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO feed_state (url, etag, last_modified, "
                    + "last_polled_at, last_ok_at, failures, last_error) VALUES (?, ?, ?, ?, ?, 0, NULL) "
                    + "ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, "
                    + "last_polled_at = excluded.last_polled_at, last_ok_at = excluded.last_ok_at, failures = 0, "
                    + "last_error = NULL")) {
                p.setString(1, url);
                p.setString(2, etag);
                p.setString(3, lastModified);
                Sql.setInstant(p, 4, now);
                Sql.setInstant(p, 5, now);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public void failed(String url, String error, Instant now) {
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO feed_state (url, last_polled_at, failures, "
                    + "last_error) VALUES (?, ?, 1, ?) ON CONFLICT (url) DO UPDATE SET last_polled_at = "
                    + "excluded.last_polled_at, failures = feed_state.failures + 1, last_error = excluded.last_error")) {
                p.setString(1, url);
                Sql.setInstant(p, 2, now);
                p.setString(3, Sql.clip(error));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public boolean claimPoll(String key, Instant now, Instant until) {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO feed_state (url, failures) VALUES (?, 0) "
                    + "ON CONFLICT (url) DO NOTHING")) {
                p.setString(1, key);
                p.executeUpdate();
            }
            // one conditional statement decides between processes: the row lock makes the second one see the first
            try (PreparedStatement p = c.prepareStatement("UPDATE feed_state SET next_poll_at = ? "
                    + "WHERE url = ? AND (next_poll_at IS NULL OR next_poll_at <= ?)")) {
                Sql.setInstant(p, 1, until);
                p.setString(2, key);
                Sql.setInstant(p, 3, now);
                return p.executeUpdate() == 1;
            }
        });
    }
}
