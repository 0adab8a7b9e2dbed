package newsdesk.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import newsdesk.state.Subscription;

/**
 * When a subscription's briefings are due. A local time skipped by a DST change (02:30 on a spring-forward night)
 * runs at the same instant it would have without the change (03:30 after a one-hour gap): {@link ZonedDateTime#of}
 * shifts a time in a gap forward by the gap's length. A local time that happens twice (01:30 on a fall-back night)
 * runs at the first, the earlier offset, which {@code ZonedDateTime.of} also picks; the ledger's one entry per local
 * date makes the second one a no-op anyway.
 */
final class BriefingSchedule {
    private BriefingSchedule() {
    }

    static Instant runAt(Subscription s, LocalDate date) {
        return ZonedDateTime.of(date, s.time(), s.zone()).toInstant();
    }

    /** The most recent local date whose run time has come by {@code now}, if it came while the settings applied. */
    static Optional<LocalDate> latestDue(Subscription s, Instant now) {
        LocalDate date = LocalDate.ofInstant(now, s.zone());
        if (runAt(s, date).isAfter(now)) {
            date = date.minusDays(1);
        }
        return runAt(s, date).isBefore(s.activeSince()) ? Optional.empty() : Optional.of(date);
    }

    /** The first run time strictly after {@code now}. */
    static Instant nextRunAfter(Subscription s, Instant now) {
        LocalDate date = LocalDate.ofInstant(now, s.zone()).minusDays(1);
        while (true) {
            Instant at = runAt(s, date);
            if (at.isAfter(now) && !at.isBefore(s.activeSince())) {
                return at;
            }
            date = date.plusDays(1);
        }
    }
}
