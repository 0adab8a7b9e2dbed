package newsdesk.state;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code feeds} table: feeds added from Discord, polled with the configured ones. */
public final class AddedFeeds {
    /** A feed someone added. */
    public record Feed(String url, String guildId, String addedBy, Instant addedAt) {
    }

    private final StateDatabase db;

    AddedFeeds(StateDatabase db) {
        this.db = db;
    }

    /** @return false when the feed was already there */
    public boolean add(Feed feed) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO feeds (url, guild_id, added_by, added_at) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (url) DO NOTHING")) {
                p.setString(1, feed.url());
                p.setString(2, feed.guildId());
                p.setString(3, feed.addedBy());
                Sql.setInstant(p, 4, feed.addedAt());
                return p.executeUpdate() == 1;
            }
        });
    }

    /** @return false when there was no such feed */
    public boolean remove(String url) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM feeds WHERE url = ?")) {
                p.setString(1, url);
                return p.executeUpdate() == 1;
            }
        });
    }

    /** Oldest first. */
    public List<Feed> all() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT url, guild_id, added_by, added_at FROM feeds "
                    + "ORDER BY added_at, url"); ResultSet rs = p.executeQuery()) {
                List<Feed> feeds = new ArrayList<>();
                while (rs.next()) {
                    feeds.add(new Feed(rs.getString(1), rs.getString(2), rs.getString(3), Sql.instant(rs, "added_at")));
                }
                return feeds;
            }
        });
    }

    /** The urls only, for the poller. */
    public List<String> urls() {
        return all().stream().map(Feed::url).toList();
    }
}
