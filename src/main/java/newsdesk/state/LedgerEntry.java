package newsdesk.state;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What happened to one subscription's briefing on one local date. There is at most one entry per subscription and
 * date: inserting it is the claim that makes the briefing happen at most once.
 *
 * @param scheduledAt the instant it was due
 * @param messageId the first message posted, once posted
 * @param nonce the base of the Discord message nonces of its messages: {@code b<subscription id base 36>.<yyyymmdd>}
 * @param late posted after its time because the bot was down then
 * @param attempts calls made to post a part (including successful ones)
 * @param partsPosted how many of its messages are confirmed posted
 * @param error why it was skipped or failed, or the last transient failure while retrying
 */
public record LedgerEntry(long subscriptionId, LocalDate date, Status status, Instant scheduledAt, Instant claimedAt,
                          String claimedBy, Instant postedAt, String messageId, String nonce, boolean late, int attempts,
                          int partsPosted, Instant nextAttemptAt, String error) {

    public enum Status { CLAIMED, POSTED, SKIPPED, FAILED }

    /** A call was made whose outcome was not recorded: the message may be in the channel already. */
    public boolean outcomeUnknown() {
        return attempts > partsPosted;
    }
}
