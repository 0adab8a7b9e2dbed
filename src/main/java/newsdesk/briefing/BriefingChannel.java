package newsdesk.briefing;

import java.time.Instant;

/**
 * Where briefings are posted: implemented by the Discord side, so this package never sees a Discord type.
 *
 * <p>Both calls block until Discord answered (or failed) and never throw for a Discord failure: the outcome is the
 * {@link PostResult}. An exception is treated as a transient failure whose outcome is unknown.
 */
public interface BriefingChannel {

    /**
     * Posts one message, with no mentions allowed.
     *
     * @param nonce at most 25 characters, the same on every retry of this message: sent as the message nonce with
     *     {@code enforce_nonce}, so Discord answers a repeat within a few minutes with the message it already made.
     *     The content also ends with it, so {@link #findPosted} can recognise the message later
     * @return POSTED with the message id, or why not (TRANSIENT, REFUSED, CHANNEL_GONE)
     */
    PostResult post(String guildId, String channelId, String content, String nonce);

    /**
     * Looks among this bot's messages in the channel created after {@code after} for one whose content contains
     * {@code nonce}: how a restart learns whether a post whose answer was lost actually happened.
     *
     * @return POSTED with the message id, NOT_FOUND, or why the channel could not be read
     */
    PostResult findPosted(String guildId, String channelId, String nonce, Instant after);
}
