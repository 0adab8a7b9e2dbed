package newsdesk.discord;

import java.util.Optional;

/** One use of a {@link SlashCommand}, with its option values. Ids are Discord snowflakes as text. */
public interface SlashRequest {
    String command();

    Optional<String> subcommand();

    Optional<String> text(String option);

    Optional<Long> integer(String option);

    Optional<Boolean> flag(String option);

    /** The id of the channel chosen in a channel option: always a text or announcement channel. */
    Optional<String> channel(String option);

    String userId();

    String guildId();

    String channelId();

    /** True if the user has Manage Channels where the command was used (server-wide or in that channel). */
    boolean canManageChannels();

    /**
     * True if the user has Manage Channels in the given channel (the one used, or one chosen in an option), with the
     * channel's permission overwrites applied. False for any other channel.
     */
    boolean canManageChannels(String channelId);
}
