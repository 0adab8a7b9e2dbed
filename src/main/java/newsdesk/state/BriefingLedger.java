package newsdesk.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What happened to each subscription's briefing on each local date. Every state change is one conditional
 * statement, so two schedulers over the same database (a restart overlapping an old process) cannot both act on an
 * entry.
 */
public interface BriefingLedger {

    /**
     * Claims the subscription's briefing for the date, with the messages to post. The unique key on (subscription,
     * date) decides: false means an entry exists already (posted, skipped, or claimed by someone else).
     */
    boolean claim(LedgerEntry entry, List<String> messages);

    /** Records that the date's briefing is not posted, unless an entry exists already. */
    boolean skip(LedgerEntry entry);

    Optional<LedgerEntry> entry(long subscriptionId, LocalDate date);

    Optional<LedgerEntry> latest(long subscriptionId);

    /** Entries claimed and not yet finished: being posted, waiting for a retry, or left by a stopped process. */
    List<LedgerEntry> unfinished();

    /** The messages frozen when the entry was claimed. */
    List<String> messages(long subscriptionId, LocalDate date);

    /** Takes over an unfinished entry whose owner stopped: succeeds only if nobody touched it since it was read. */
    boolean takeOver(LedgerEntry seen, String owner, Instant now);

    /** Written before each call to Discord, so that after a crash the call is known to have possibly happened. */
    void beginAttempt(LedgerEntry e, Instant now);

    void partPosted(LedgerEntry e, int part, String messageId);

    void posted(LedgerEntry e, Instant now);

    void retryAt(LedgerEntry e, Instant next, String error);

    void failed(LedgerEntry e, String error);
}
