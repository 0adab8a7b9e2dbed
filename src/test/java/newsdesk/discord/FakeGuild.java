package newsdesk.discord;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The one guild of {@link FakeDiscord}: its channels, roles, members and permission overwrites as Discord sends them,
 * and the permissions Discord would compute from them.
 *
 * <ul>
 *   <li>{@code #general} ({@link #CHANNEL}): members with the Editors role may manage it (a role overwrite);</li>
 *   <li>{@code #random} ({@link #OTHER_CHANNEL});</li>
 *   <li>{@code #announcements} ({@link #ANNOUNCEMENTS}), an announcement channel nobody but the owner manages;</li>
 *   <li>{@code #no-threads} ({@link #NO_THREADS}), where the bot may start threads but not post in them;</li>
 *   <li>a category ({@link #CATEGORY}), which is no place for a briefing.</li>
 * </ul>
 * {@link #USER} owns the guild (every permission); {@link #MEMBER} has only @everyone; {@link #EDITOR} has the Editors
 * role. @everyone has the permissions docs/discord.md asks for the bot.
 */
final class FakeGuild {
    static final long GUILD = 1_100_000_000_000_000_001L;
    static final long CHANNEL = 1_100_000_000_000_000_002L;
    static final long OTHER_CHANNEL = 1_100_000_000_000_000_003L;
    static final long ANNOUNCEMENTS = 1_100_000_000_000_000_004L;
    static final long NO_THREADS = 1_100_000_000_000_000_005L;
    static final long CATEGORY = 1_100_000_000_000_000_006L;
    static final long BOT = 1_100_000_000_000_000_010L;
    static final long BOT_ROLE = 1_100_000_000_000_000_011L;
    static final long EDITORS_ROLE = 1_100_000_000_000_000_012L;
    static final long USER = 1_100_000_000_000_000_020L;
    static final long MEMBER = 1_100_000_000_000_000_021L;
    static final long EDITOR = 1_100_000_000_000_000_022L;
    static final String BOT_PERMISSIONS = "309237730304";

    static final long MANAGE_CHANNELS = 1L << 4;
    static final long SEND_IN_THREADS = 1L << 38;
    static final long ALL = (1L << 51) - 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A permission overwrite of a channel: for a role (type 0) or a member (type 1). */
    record Overwrite(long id, int type, long allow, long deny) {
    }

    private static final Map<Long, List<Overwrite>> OVERWRITES = Map.of(
            CHANNEL, List.of(new Overwrite(EDITORS_ROLE, 0, MANAGE_CHANNELS, 0)),
            NO_THREADS, List.of(new Overwrite(BOT_ROLE, 0, 0, SEND_IN_THREADS)));

    private FakeGuild() {
    }

    static List<Long> rolesOf(long userId) {
        if (userId == BOT) {
            return List.of(BOT_ROLE);
        }
        return userId == EDITOR ? List.of(EDITORS_ROLE) : List.of();
    }

    /** The member's permissions in a channel, as Discord computes them: roles, then @everyone, role and member overwrites. */
    static long permissions(long userId, long channelId) {
        if (userId == USER) {
            return ALL;
        }
        long p = Long.parseLong(BOT_PERMISSIONS);
        List<Overwrite> overwrites = OVERWRITES.getOrDefault(channelId, List.of());
        long allow = 0;
        long deny = 0;
        for (Overwrite o : overwrites) {
            if (o.type() == 0 && (o.id() == GUILD || rolesOf(userId).contains(o.id()))) {
                allow |= o.allow();
                deny |= o.deny();
            }
        }
        p = (p & ~deny) | allow;
        for (Overwrite o : overwrites) {
            if (o.type() == 1 && o.id() == userId) {
                p = (p & ~o.deny()) | o.allow();
            }
        }
        return p;
    }

    static ObjectNode guild(List<ObjectNode> threads) {
        ObjectNode g = NODES.objectNode();
        g.put("id", String.valueOf(GUILD)).put("name", "Fake Newsroom").put("unavailable", false)
                .put("member_count", 4).put("owner_id", String.valueOf(USER)).put("afk_timeout", 300)
                .put("verification_level", 0).put("default_message_notifications", 0)
                .put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0)
                .put("premium_tier", 0).put("preferred_locale", "en-US").put("large", false)
                .put("joined_at", "2024-01-01T00:00:00.000000+00:00");
        g.putArray("features");
        ArrayNode roles = g.putArray("roles");
        roles.add(role(GUILD, "@everyone", BOT_PERMISSIONS, false, null, 0));
        roles.add(role(BOT_ROLE, "Newsdesk", "0", true, BOT, 2));
        roles.add(role(EDITORS_ROLE, "Editors", "0", false, null, 1));
        ArrayNode channels = g.putArray("channels");
        channels.add(channel(CHANNEL, 0, "general"));
        channels.add(channel(OTHER_CHANNEL, 0, "random"));
        channels.add(channel(ANNOUNCEMENTS, 5, "announcements"));
        channels.add(channel(NO_THREADS, 0, "no-threads"));
        channels.add(channel(CATEGORY, 4, "Desk"));
        ObjectNode botMember = member(user(BOT, "Newsdesk", true), null);
        botMember.putArray("roles").add(String.valueOf(BOT_ROLE));
        g.putArray("members").add(botMember);
        ArrayNode threadArray = g.putArray("threads");
        threads.forEach(threadArray::add);
        g.putArray("guild_scheduled_events");
        g.putArray("emojis");
        g.putArray("stickers");
        g.putArray("voice_states");
        g.putArray("presences");
        g.putArray("stage_instances");
        g.putArray("soundboard_sounds");
        return g;
    }

    static ObjectNode role(long id, String name, String permissions, boolean managed, Long botId, int position) {
        ObjectNode r = NODES.objectNode();
        r.put("id", String.valueOf(id)).put("name", name).put("position", position)
                .put("permissions", permissions).put("managed", managed).put("hoist", false)
                .put("mentionable", false).put("color", 0).put("flags", 0);
        r.putObject("colors").put("primary_color", 0);
        if (botId != null) {
            r.putObject("tags").put("bot_id", String.valueOf(botId));
        }
        return r;
    }

    /** A channel as in GUILD_CREATE and in interactions: type 0 text, 4 category, 5 announcement. */
    static ObjectNode channel(long id, int type, String name) {
        ObjectNode c = NODES.objectNode();
        c.put("id", String.valueOf(id)).put("type", type).put("name", name).put("guild_id", String.valueOf(GUILD))
                .put("position", (int) (id % 100)).put("nsfw", false).putNull("parent_id")
                .put("rate_limit_per_user", 0).putNull("topic").putNull("last_message_id").put("flags", 0);
        ArrayNode overwrites = c.putArray("permission_overwrites");
        for (Overwrite o : OVERWRITES.getOrDefault(id, List.of())) {
            overwrites.addObject().put("id", String.valueOf(o.id())).put("type", o.type())
                    .put("allow", String.valueOf(o.allow())).put("deny", String.valueOf(o.deny()));
        }
        return c;
    }

    static String channelName(long id) {
        if (id == CHANNEL) {
            return "general";
        }
        return id == OTHER_CHANNEL ? "random" : id == ANNOUNCEMENTS ? "announcements" : id == NO_THREADS ? "no-threads" : "Desk";
    }

    static int channelType(long id) {
        return id == ANNOUNCEMENTS ? 5 : id == CATEGORY ? 4 : 0;
    }

    static ObjectNode thread(long id, long parentId, String name, long ownerId) {
        ObjectNode t = NODES.objectNode();
        t.put("id", String.valueOf(id)).put("type", 11).put("guild_id", String.valueOf(GUILD))
                .put("parent_id", String.valueOf(parentId)).put("name", name).put("owner_id", String.valueOf(ownerId))
                .put("member_count", 1).put("message_count", 0).put("total_message_count", 0)
                .put("rate_limit_per_user", 0).put("flags", 0).putNull("last_message_id");
        t.putObject("thread_metadata").put("archived", false).put("locked", false).put("invitable", true)
                .put("auto_archive_duration", 1440).put("archive_timestamp", Instant.now().toString())
                .put("create_timestamp", Instant.now().toString());
        return t;
    }

    static ObjectNode user(long id, String name, boolean bot) {
        ObjectNode u = NODES.objectNode();
        u.put("id", String.valueOf(id)).put("username", name).put("discriminator", "0").putNull("avatar")
                .put("global_name", name).put("bot", bot).put("public_flags", 0);
        return u;
    }

    static String userName(long id) {
        return id == BOT ? "Newsdesk" : id == EDITOR ? "editor" : id == MEMBER ? "member" : "reader";
    }

    static ObjectNode member(ObjectNode user, String permissions) {
        ObjectNode m = NODES.objectNode();
        m.set("user", user == null ? user(USER, "reader", false) : user);
        ArrayNode roles = m.putArray("roles");
        if (user != null) {
            rolesOf(user.path("id").asLong()).forEach(r -> roles.add(String.valueOf(r)));
        }
        m.put("joined_at", "2024-01-01T00:00:00.000000+00:00").put("deaf", false).put("mute", false)
                .put("flags", 0).put("pending", false);
        if (permissions != null) {
            m.put("permissions", permissions);
        }
        return m;
    }
}
