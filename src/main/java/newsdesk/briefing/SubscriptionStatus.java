package newsdesk.briefing;

import java.time.Instant;
import newsdesk.state.LedgerEntry;
import newsdesk.state.Subscription;

/**
 * A subscription as {@code /briefing list} shows it.
 *
 * @param nextRun when it is next posted (null when disabled)
 * @param last its most recent briefing, or null if none yet
 */
public record SubscriptionStatus(Subscription subscription, Instant nextRun, LedgerEntry last) {
}
