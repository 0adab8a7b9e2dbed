package newsdesk.briefing;

import java.time.Clock;

/** Builds the briefing parts; the bot wires them together by hand. */
public final class Briefings {
    private Briefings() {
    }

    /**
     * The scheduler of daily briefings (also the {@link Subscriptions} that {@code /briefing} changes). Call
     * {@link BriefingScheduler#start()} once the channel can post, and close it before the database.
     */
    public static BriefingScheduler scheduler(StateDatabase db, BriefingWriter writer, BriefingChannel channel,
                                              BriefingSettings settings, Clock clock) {
        return new LedgerScheduler(db, writer, channel, settings, clock);
    }
}
