package newsdesk.state;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a server used the bot over a period.
 *
 * @param perDay questions per day (UTC), days without questions left out
 * @param unanswered the questions declined most often, most frequent first
 */
public record UsageStats(SortedMap<LocalDate, Integer> perDay, int asked, int declined, int helpful, int notHelpful,
                         List<Unanswered> unanswered) {
    public UsageStats {
        perDay = new TreeMap<>(perDay);
        unanswered = List.copyOf(unanswered);
    }

    /** A question the articles did not answer, as first asked, and how often it (or the same words) was asked. */
    public record Unanswered(String question, int times) {
    }

    /** Declined questions as a share of all, 0 to 1. */
    public double declineRate() {
        return asked == 0 ? 0 : (double) declined / asked;
    }
}
