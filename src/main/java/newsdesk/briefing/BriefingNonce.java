package newsdesk.briefing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The deterministic Discord message nonce of a briefing: the same subscription and local date always give the same
 * nonce, so a repeated post of the same briefing is recognisable. {@code b<id base 36>.<yyyymmdd>}, and for its
 * messages {@code .<part>} after it: at most 25 characters, Discord's limit, for any id and up to ten messages.
 */
final class BriefingNonce {
    static final int MAX_LENGTH = 25;
    static final int MAX_PARTS = 10;

    private BriefingNonce() {
    }

    static String of(long subscriptionId, LocalDate date) {
        return "b" + Long.toString(subscriptionId, 36) + "." + date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    static String part(String nonce, int part) {
        if (part < 0 || part >= MAX_PARTS) {
            throw new IllegalArgumentException("a briefing has at most " + MAX_PARTS + " messages");
        }
        String n = nonce + "." + part;
        if (n.length() > MAX_LENGTH) {
            throw new IllegalStateException("nonce " + n + " is longer than Discord's " + MAX_LENGTH + " characters");
        }
        return n;
    }
}
