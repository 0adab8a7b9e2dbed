package newsdesk.briefing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import newsdesk.state.BriefingLedger;
import newsdesk.state.LedgerEntry;
import newsdesk.state.NothingNew;
import newsdesk.state.Subscription;
import newsdesk.state.SubscriptionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery state machine that makes each briefing happen once through the ledger: a briefing is claimed (its
 * ledger row inserted, with the messages frozen) before anything is posted, each call to Discord is recorded before it
 * is made, and a claim whose outcome is unknown (a crash, a timeout) is resolved by looking for the message's nonce in
 * the channel before posting again. It has no thread: {@link #runDue} does what is due at the clock's instant, on the
 * caller's thread ({@link BriefingTimer} calls it when {@link #nextDue} comes; tests call it with a fake clock). See
 * docs/briefings.md for the guarantees.
 */
final class LedgerDelivery {
    private static final Logger log = LoggerFactory.getLogger(LedgerDelivery.class);

    /** Posted later than this after its time (the bot was down), a briefing says "(late)". */
    static final Duration ON_TIME_GRACE = Duration.ofMinutes(5);
    /** Another process's claim untouched for this long is taken to belong to a process that stopped. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** Discord's clock and ours may differ a little; a lost message is looked for from this long before its time. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(30);

    private final SubscriptionStore subscriptions;
    private final BriefingLedger ledger;
    private final BriefingWriter writer;
    private final BriefingChannel channel;
    private final BriefingSettings settings;
    private final Clock clock;
    /** The guilds whose briefings this process posts (those of its Discord shards). */
    private final Predicate<String> servesGuild;
    /** Names this process's claims; a restarted bot is another owner. */
    private final String owner = UUID.randomUUID().toString();
    private final ReentrantLock running = new ReentrantLock();

    LedgerDelivery(SubscriptionStore subscriptions, BriefingLedger ledger, BriefingWriter writer,
                   BriefingChannel channel, BriefingSettings settings, Clock clock) {
        this(subscriptions, ledger, writer, channel, settings, clock, guildId -> true);
    }

    LedgerDelivery(SubscriptionStore subscriptions, BriefingLedger ledger, BriefingWriter writer,
                   BriefingChannel channel, BriefingSettings settings, Clock clock, Predicate<String> servesGuild) {
        this.servesGuild = servesGuild;
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.writer = writer;
        this.channel = channel;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Does everything due at the clock's current instant: posts, late posts, skips, retries, unfinished posts.
     *
     * @return false when something failed unexpectedly (logged; the entry waits like after a transient failure)
     */
    boolean runDue() {
        running.lock();
        try {
            boolean failed = false;
            Instant now = clock.instant();
            for (Subscription s : served()) {
                try {
                    startDue(s, now);
                } catch (RuntimeException e) {
                    failed = true;
                    log.warn("briefing for channel {} failed: {}", s.channelId(), e.toString(), e);
                }
            }
            for (LedgerEntry e : unfinishedServed()) {
                try {
                    continueUnfinished(e, clock.instant());
                } catch (RuntimeException ex) {
                    failed = true;
                    log.warn("briefing {} for {} failed: {}", e.nonce(), e.date(), ex.toString(), ex);
                    postpone(e, ex);
                }
            }
            return !failed;
        } finally {
            running.unlock();
        }
    }

    /** The next instant something is due, if anything is scheduled. */
    Optional<Instant> nextDue() {
        Instant now = clock.instant();
        Instant next = null;
        for (Subscription s : served()) {
            next = earlier(next, nextRun(s, now));
        }
        for (LedgerEntry e : unfinishedServed()) {
            next = earlier(next, resumableAt(e));
        }
        return Optional.ofNullable(next);
    }

    /** The enabled subscriptions of the guilds this process serves. */
    private List<Subscription> served() {
        return subscriptions.enabled().stream().filter(s -> servesGuild.test(s.guildId())).toList();
    }

    /** Unfinished entries of the guilds this process serves (another process resumes the others). */
    private List<LedgerEntry> unfinishedServed() {
        List<LedgerEntry> all = ledger.unfinished();
        if (all.isEmpty()) {
            return all;
        }
        java.util.Set<Long> served = served().stream().map(Subscription::id).collect(java.util.stream.Collectors.toSet());
        return all.stream().filter(e -> served.contains(e.subscriptionId()) || subscriptions.byId(e.subscriptionId())
                .map(s -> !s.enabled() && servesGuild.test(s.guildId())).orElse(true)).toList();
    }

    /** Now if a run time passed without a ledger entry (posted late or recorded as missed at once), else the next. */
    Instant nextRun(Subscription s, Instant now) {
        Optional<LocalDate> due = BriefingSchedule.latestDue(s, now);
        if (due.isPresent() && ledger.entry(s.id(), due.get()).isEmpty()) {
            return now;
        }
        return BriefingSchedule.nextRunAfter(s, now);
    }

    private Instant resumableAt(LedgerEntry e) {
        Instant at = e.nextAttemptAt() == null ? e.claimedAt() : e.nextAttemptAt();
        if (!e.claimedBy().equals(owner)) {
            Instant leaseEnds = e.claimedAt().plus(LEASE);
            at = at.isAfter(leaseEnds) ? at : leaseEnds;
        }
        return at;
    }

    private void startDue(Subscription s, Instant now) {
        Optional<LocalDate> due = BriefingSchedule.latestDue(s, now);
        if (due.isEmpty() || ledger.entry(s.id(), due.get()).isPresent()) {
            return;
        }
        LocalDate date = due.get();
        Instant scheduledAt = BriefingSchedule.runAt(s, date);
        Duration overdue = Duration.between(scheduledAt, now);
        String nonce = BriefingNonce.of(s.id(), date);
        if (overdue.compareTo(settings.catchUp()) > 0) {
            String why = "missed: the bot was not running at " + s.time() + " " + s.zone().getId()
                    + " and came back " + hours(overdue) + " later, past the catch-up window of "
                    + hours(settings.catchUp());
            if (ledger.skip(skipped(s, date, scheduledAt, now, nonce, why))) {
                log.info("briefing {} for channel {} skipped: {}", date, s.channelId(), why);
            }
            return;
        }
        boolean late = overdue.compareTo(ON_TIME_GRACE) > 0;
        Instant since = BriefingSchedule.runAt(s, date.minusDays(1));
        Briefing briefing = writer.write(BriefingRequest.arrivedSince(since, s.topic()).after(earlier(s)));
        if (briefing.nothingNew() && s.nothingNew() == NothingNew.SKIP) {
            if (ledger.skip(skipped(s, date, scheduledAt, now, nonce, "nothing new"))) {
                log.info("briefing {} for channel {} skipped: nothing new", date, s.channelId());
            }
            return;
        }
        List<String> messages = BriefingText.daily(briefing, date, late, s.zone(), nonce);
        LedgerEntry claim = new LedgerEntry(s.id(), date, LedgerEntry.Status.CLAIMED, scheduledAt, now, owner, null,
                null, nonce, late, 0, 0, null, null);
        if (!ledger.claim(claim, messages)) {
            log.debug("briefing {} for channel {} was claimed elsewhere", date, s.channelId());
            return;
        }
        post(s, claim, messages);
    }

    /** What the subscription's latest posted briefing said, so the next one does not repeat it. */
    private List<String> earlier(Subscription s) {
        return ledger.latest(s.id()).filter(e -> e.status() == LedgerEntry.Status.POSTED)
                .map(e -> ledger.messages(s.id(), e.date())).orElse(List.of());
    }

    private void continueUnfinished(LedgerEntry e, Instant now) {
        if (resumableAt(e).isAfter(now)) {
            return;
        }
        LedgerEntry mine = e;
        if (!e.claimedBy().equals(owner)) {
            if (!ledger.takeOver(e, owner, now)) {
                return;
            }
            mine = ledger.entry(e.subscriptionId(), e.date()).orElseThrow();
            log.info("resuming briefing {} left unfinished by a stopped process", e.nonce());
        }
        Optional<Subscription> s = subscriptions.byId(e.subscriptionId());
        if (s.isEmpty() || !s.get().enabled()) {
            ledger.failed(mine, "unsubscribed before it was posted");
            return;
        }
        post(s.get(), mine, ledger.messages(e.subscriptionId(), e.date()));
    }

    /** Posts the messages not yet confirmed, in order; stops at the first failure, recording what to do next. */
    private void post(Subscription s, LedgerEntry entry, List<String> messages) {
        LedgerEntry e = entry;
        for (int part = e.partsPosted(); part < messages.size(); part++) {
            String nonce = BriefingNonce.part(e.nonce(), part);
            if (e.outcomeUnknown()) {
                Instant after = e.scheduledAt().minus(CLOCK_SKEW);
                PostResult found = safely(() -> channel.findPosted(s.guildId(), s.channelId(), nonce, after));
                if (found.kind() == PostResult.Kind.POSTED) {
                    log.info("message {} of briefing {} was already posted ({}); not posting it again",
                            part, e.nonce(), found.messageId());
                    ledger.partPosted(e, part, found.messageId());
                    e = reload(e);
                    continue;
                }
                if (found.kind() != PostResult.Kind.NOT_FOUND) {
                    failed(s, e, found);
                    return;
                }
            }
            ledger.beginAttempt(e, clock.instant());
            e = reload(e);
            String content = messages.get(part);
            PostResult result = safely(() -> channel.post(s.guildId(), s.channelId(), content, nonce));
            if (result.kind() != PostResult.Kind.POSTED) {
                failed(s, e, result);
                return;
            }
            ledger.partPosted(e, part, result.messageId());
            e = reload(e);
        }
        ledger.posted(e, clock.instant());
        subscriptions.clearError(s.id());
        log.info("briefing {} posted in channel {}{}", e.date(), s.channelId(), e.late() ? " (late)" : "");
    }

    private void failed(Subscription s, LedgerEntry e, PostResult result) {
        String detail = result.detail() == null ? result.kind().name().toLowerCase(Locale.ROOT) : result.detail();
        switch (result.kind()) {
            case CHANNEL_GONE -> {
                ledger.failed(e, detail);
                subscriptions.disableWithError(s.id(), "channel gone (" + detail + "): subscription disabled");
                log.warn("briefing channel {} is gone ({}): subscription {} disabled", s.channelId(), detail, s.id());
            }
            case REFUSED -> {
                ledger.failed(e, detail);
                subscriptions.recordError(s.id(), detail);
                log.warn("briefing {} refused in channel {}: {}", e.date(), s.channelId(), detail);
            }
            default -> {
                int failures = e.attempts() - e.partsPosted();
                if (failures >= settings.postAttempts()) {
                    String why = "gave up after " + failures + " attempts: " + detail;
                    ledger.failed(e, why);
                    subscriptions.recordError(s.id(), why);
                    log.warn("briefing {} in channel {}: {}", e.date(), s.channelId(), why);
                } else {
                    Duration delay = retryDelay(Math.max(1, failures));
                    ledger.retryAt(e, clock.instant().plus(delay), "retrying: " + detail);
                    log.info("briefing {} in channel {} failed ({}); retry in {} s", e.date(), s.channelId(), detail,
                            delay.toSeconds());
                }
            }
        }
    }

    /** After an unexpected error the entry waits like after a transient failure, so it is not retried at once. */
    private void postpone(LedgerEntry e, RuntimeException cause) {
        try {
            ledger.retryAt(e, clock.instant().plus(settings.retryDelay()), "unexpected error: " + cause);
        } catch (RuntimeException stillFailing) {
            log.debug("could not postpone briefing {}: {}", e.nonce(), stillFailing.toString());
        }
    }

    /** The delay after the n-th failure in a row: the configured delay, doubling, capped. */
    Duration retryDelay(int failures) {
        Duration d = settings.retryDelay();
        for (int i = 1; i < failures && d.compareTo(MAX_RETRY_DELAY) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : d;
    }

    private LedgerEntry reload(LedgerEntry e) {
        return ledger.entry(e.subscriptionId(), e.date()).orElseThrow();
    }

    private static PostResult safely(Supplier<PostResult> call) {
        try {
            PostResult r = call.get();
            return r == null ? PostResult.transientFailure("no answer") : r;
        } catch (RuntimeException e) {
            return PostResult.transientFailure(e.toString());
        }
    }

    private LedgerEntry skipped(Subscription s, LocalDate date, Instant scheduledAt, Instant now, String nonce,
                                String why) {
        return new LedgerEntry(s.id(), date, LedgerEntry.Status.SKIPPED, scheduledAt, now, owner, null, null, nonce,
                false, 0, 0, null, why);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static String hours(Duration d) {
        long minutes = d.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " h" : String.format("%d h %02d min", minutes / 60, minutes % 60);
    }
}
