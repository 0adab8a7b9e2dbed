package newsdesk.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.StandardGuildMessageChannel;

/**
 * The permissions the bot lacks in each text and announcement channel it can see, with the overwrites applied: what
 * {@code /newsdesk status} shows and the bot logs at start. Channels hidden from the bot are left out (hiding them is
 * how a server keeps it out).
 */
final class MissingPermissions {
    static final EnumSet<Permission> NEEDED = EnumSet.of(Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_HISTORY, Permission.CREATE_PUBLIC_THREADS, Permission.MESSAGE_SEND_IN_THREADS);

    private MissingPermissions() {
    }

    /** Lines such as {@code #news: Embed Links, Send Messages in Threads}; empty when nothing is missing. */
    static List<String> in(Guild guild) {
        Member self = guild.getSelfMember();
        List<String> lines = new ArrayList<>();
        List<StandardGuildMessageChannel> channels = new ArrayList<>(guild.getTextChannels());
        channels.addAll(guild.getNewsChannels());
        for (StandardGuildMessageChannel channel : channels) {
            if (!self.hasPermission(channel, Permission.VIEW_CHANNEL)) {
                continue;
            }
            EnumSet<Permission> missing = EnumSet.copyOf(NEEDED);
            missing.removeAll(self.getPermissions(channel));
            if (!missing.isEmpty()) {
                lines.add("#" + channel.getName() + ": "
                        + missing.stream().map(Permission::getName).collect(Collectors.joining(", ")));
            }
        }
        return lines;
    }
}
