package newsdesk.discord;

import java.util.List;
import java.util.TreeSet;
import newsdesk.config.ConfigException;

/**
 * Which of the bot's Discord shards this process runs. Discord sends a guild's events to shard
 * {@code (guild_id >> 22) % total} only, so the process running that shard is the one that answers in the guild and
 * posts its briefings.
 *
 * @param total the bot's shards in all, the same in every process ({@code discord.shards.total})
 * @param ids the shards of this process, ascending ({@code discord.shards.ids}, e.g. {@code 0-3})
 */
public record Shards(int total, List<Integer> ids) {
    /** One process with the only shard: the default. */
    public static final Shards SINGLE = new Shards(1, List.of(0));
    /** Discord's limit on a bot's shards is far below this; it catches a typo such as 10000. */
    static final int MAX_TOTAL = 4096;

    public Shards {
        if (total < 1 || total > MAX_TOTAL) {
            throw new IllegalArgumentException("shard total " + total + " is not between 1 and " + MAX_TOTAL);
        }
        ids = List.copyOf(new TreeSet<>(ids));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no shards");
        }
        for (int id : ids) {
            if (id < 0 || id >= total) {
                throw new IllegalArgumentException("shard " + id + " is not below the total " + total);
            }
        }
    }

    /**
     * @param ids {@code 0-3}, {@code 4,5}, {@code 0-1,6}; empty means all of them
     * @throws ConfigException naming the setting when the text cannot be read or names a shard out of range
     */
    public static Shards parse(int total, String ids) {
        if (total < 1 || total > MAX_TOTAL) {
            throw new ConfigException("discord.shards.total: " + total + " is not between 1 and " + MAX_TOTAL);
        }
        TreeSet<Integer> set = new TreeSet<>();
        String text = ids == null ? "" : ids.strip();
        if (text.isEmpty()) {
            for (int i = 0; i < total; i++) {
                set.add(i);
            }
            return new Shards(total, List.copyOf(set));
        }
        for (String part : text.split(",")) {
            String p = part.strip();
            try {
                int dash = p.indexOf('-');
                int from = Integer.parseInt((dash < 0 ? p : p.substring(0, dash)).strip());
                int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1).strip());
                if (to < from) {
                    throw new ConfigException("discord.shards.ids: '" + p + "' runs backwards (write the smaller first)");
                }
                if (from < 0 || to >= total) {
                    throw new ConfigException("discord.shards.ids: '" + p + "' is outside 0-" + (total - 1)
                            + " (discord.shards.total is " + total + ")");
                }
                for (int i = from; i <= to; i++) {
                    set.add(i);
                }
            } catch (NumberFormatException e) {
                throw new ConfigException("discord.shards.ids: '" + p + "' is not a shard number or range such as 0-3");
            }
        }
        return new Shards(total, List.copyOf(set));
    }

    /** The shard Discord gives a guild. */
    public static int shardOf(long guildId, int total) {
        return (int) Long.remainderUnsigned(guildId >>> 22, total);
    }

    /** True when this process runs the shard of the guild (an id Discord wrote, as text). */
    public boolean serves(String guildId) {
        try {
            return serves(Long.parseUnsignedLong(guildId));
        } catch (NumberFormatException notAnId) {
            return total == 1;
        }
    }

    public boolean serves(long guildId) {
        return ids.contains(shardOf(guildId, total));
    }

    /** True when every shard runs here. */
    public boolean all() {
        return ids.size() == total;
    }

    @Override
    public String toString() {
        return ids + " of " + total;
    }
}
