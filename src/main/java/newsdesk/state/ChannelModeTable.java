package newsdesk.state;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code channel_modes} table: the bot's mode per channel, set from Discord ({@code 0}: the server's default). */
public final class ChannelModeTable {
    /** One stored mode, as the word users type ({@code threads}, {@code mention-only}, {@code off}). */
    public record Row(String guildId, String channelId, String mode) {
    }

    private final StateDatabase db;

    ChannelModeTable(StateDatabase db) {
        this.db = db;
    }

    public List<Row> all() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT guild_id, channel_id, mode FROM channel_modes");
                 ResultSet rs = p.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
                return rows;
            }
        });
    }

    public void set(String guildId, String channelId, String mode, String setBy, Instant at) {
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO channel_modes (guild_id, channel_id, mode, set_by, "
                    + "set_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (guild_id, channel_id) DO UPDATE SET "
                    + "mode = excluded.mode, set_by = excluded.set_by, set_at = excluded.set_at")) {
                p.setString(1, guildId);
                p.setString(2, channelId);
                p.setString(3, mode);
                p.setString(4, setBy);
                Sql.setInstant(p, 5, at);
                return p.executeUpdate();
            }
        });
    }

    public void clear(String guildId, String channelId) {
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM channel_modes WHERE guild_id = ? AND channel_id = ?")) {
                p.setString(1, guildId);
                p.setString(2, channelId);
                return p.executeUpdate();
            }
        });
    }
}
