package newsdesk.discord;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.TimeUtil;
import newsdesk.briefing.BriefingChannel;
import newsdesk.briefing.PostResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts scheduled briefings with JDA. Each message carries the briefing's nonce; JDA 6 always sends
 * {@code enforce_nonce: true}, so Discord answers a repeated create with the same nonce (within a few minutes) with
 * the message it already made. A look-up for a lost post reads the channel's first messages after the briefing's
 * time and looks for the nonce in the bot's own messages (history does not carry nonces, so the text ends with it).
 */
final class DiscordBriefingChannel implements BriefingChannel {
    private static final Logger log = LoggerFactory.getLogger(DiscordBriefingChannel.class);
    static final int CALL_TIMEOUT_SECONDS = 30;
    /** Messages read after the briefing's time when looking for it; a briefing lost behind more is posted again. */
    static final int HISTORY_LIMIT = 100;

    private final Supplier<ShardManager> shards;

    DiscordBriefingChannel(Supplier<ShardManager> shards) {
        this.shards = shards;
    }

    @Override
    public PostResult post(String guildId, String channelId, String content, String nonce) {
        return withChannel(guildId, channelId, Permission.MESSAGE_SEND, channel -> {
            Message m = channel.sendMessage(SafeMessages.create(content)).setNonce(nonce)
                    .timeout(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS).complete();
            return PostResult.posted(m.getId());
        });
    }

    @Override
    public PostResult findPosted(String guildId, String channelId, String nonce, Instant after) {
        return withChannel(guildId, channelId, Permission.MESSAGE_HISTORY, channel -> {
            String pivot = Long.toUnsignedString(TimeUtil.getDiscordTimestamp(after.toEpochMilli()));
            MessageHistory history = MessageHistory.getHistoryAfter(channel, pivot).limit(HISTORY_LIMIT)
                    .timeout(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS).complete();
            String self = channel.getJDA().getSelfUser().getId();
            for (Message m : history.getRetrievedHistory()) {
                if (m.getAuthor().getId().equals(self) && m.getContentRaw().contains(nonce)) {
                    return PostResult.posted(m.getId());
                }
            }
            return PostResult.notFound();
        });
    }

    @FunctionalInterface
    private interface ChannelCall {
        PostResult run(GuildMessageChannel channel);
    }

    private PostResult withChannel(String guildId, String channelId, Permission needed, ChannelCall call) {
        ShardManager connected = shards.get();
        if (connected == null || connected.getShards().stream().anyMatch(s -> s.getStatus() != JDA.Status.CONNECTED)) {
            return PostResult.transientFailure("not connected to Discord");
        }
        Guild guild = connected.getGuildById(guildId);
        if (guild == null) {
            return PostResult.channelGone("the bot is no longer in server " + guildId);
        }
        GuildMessageChannel channel = guild.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            return PostResult.channelGone("channel " + channelId + " no longer exists");
        }
        if (!guild.getSelfMember().hasPermission(channel, Permission.VIEW_CHANNEL, needed)) {
            return PostResult.refused("the bot lacks the " + needed.getName() + " permission in #" + channel.getName());
        }
        try {
            return call.run(channel);
        } catch (InsufficientPermissionException e) {
            return PostResult.refused("the bot lacks the " + e.getPermission().getName() + " permission in #"
                    + channel.getName());
        } catch (ErrorResponseException e) {
            return classify(e);
        } catch (RuntimeException e) {
            log.debug("briefing call to channel {} failed", channelId, e);
            return PostResult.transientFailure(e.toString());
        }
    }

    static PostResult classify(ErrorResponseException e) {
        ErrorResponse r = e.getErrorResponse();
        if (r == ErrorResponse.UNKNOWN_CHANNEL || r == ErrorResponse.UNKNOWN_GUILD) {
            return PostResult.channelGone(e.getMeaning());
        }
        if (e.isServerError()) {
            return PostResult.transientFailure("Discord error " + e.getErrorCode() + ": " + e.getMeaning());
        }
        return PostResult.refused("Discord refused the post: " + e.getMeaning() + " (" + e.getErrorCode() + ")");
    }
}
