package newsdesk.briefing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import newsdesk.state.BriefingLedger;
import newsdesk.state.Subscription;
import newsdesk.state.SubscriptionRequest;
import newsdesk.state.SubscriptionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribe, unsubscribe and list: fills a request's blanks from the settings, stores it, and tells whoever listens
 * (the timer) that the schedule changed.
 */
final class SubscriptionService implements Subscriptions {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionService.class);

    private final SubscriptionStore store;
    private final BriefingLedger ledger;
    private final LedgerDelivery delivery;
    private final BriefingSettings settings;
    private final Clock clock;
    private final List<Runnable> onChange = new CopyOnWriteArrayList<>();

    SubscriptionService(SubscriptionStore store, BriefingLedger ledger, LedgerDelivery delivery,
                        BriefingSettings settings, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.delivery = delivery;
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs {@code listener} after each change of a subscription. */
    void onChange(Runnable listener) {
        onChange.add(listener);
    }

    @Override
    public Subscription subscribe(SubscriptionRequest r) {
        LocalTime time = r.time() == null ? settings.defaultTime() : r.time();
        SubscriptionRequest filled = new SubscriptionRequest(r.guildId(), r.channelId(), time,
                r.zone() == null ? settings.defaultZone() : r.zone(), r.topic(),
                r.nothingNew() == null ? settings.nothingNew() : r.nothingNew(), r.requestedBy());
        Subscription s = store.upsert(filled, clock.instant());
        log.info("channel {} subscribed to briefings at {} {}{}", s.channelId(), s.time(), s.zone().getId(),
                s.topic() == null ? "" : " about '" + s.topic() + "'");
        changed();
        return s;
    }

    @Override
    public boolean unsubscribe(String guildId, String channelId) {
        boolean changed = store.disable(guildId, channelId);
        if (changed) {
            log.info("channel {} unsubscribed from briefings", channelId);
            changed();
        }
        return changed;
    }

    @Override
    public List<SubscriptionStatus> list(String guildId) {
        Instant now = clock.instant();
        List<SubscriptionStatus> out = new ArrayList<>();
        for (Subscription s : store.visibleIn(guildId)) {
            out.add(new SubscriptionStatus(s, s.enabled() ? delivery.nextRun(s, now) : null,
                    ledger.latest(s.id()).orElse(null)));
        }
        return out;
    }

    private void changed() {
        onChange.forEach(Runnable::run);
    }
}
