package newsdesk.briefing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a briefing is asked to tell.
 *
 * @param since the start of the window
 * @param basis what the window is measured by
 * @param topic only stories about this; null or blank for everything
 * @param alreadySaid the text of earlier briefings for the same readers: a sentence that says the same again is
 *     not chosen
 */
public record BriefingRequest(Instant since, Basis basis, String topic, List<String> alreadySaid) {
    public enum Basis {
        /**
         * New are the articles that arrived since then and were published within {@code briefing.max-age} (or carry
         * no date); older arrivals are listed in one line as also added. The scheduled briefing, and {@code brief}
         * without {@code --since}.
         */
        ARRIVAL,
        /** New are the articles published since then (arrival for undated ones), however old: an explicit since. */
        PUBLICATION
    }

    public BriefingRequest {
        alreadySaid = List.copyOf(alreadySaid);
    }

    /** How long back a briefing asked for without a since looks: what arrived in the last 24 hours. */
    public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

    /**
     * A briefing asked for ({@code brief}, {@code /brief}): with a since, everything published since then; without,
     * what arrived in the last {@link #DEFAULT_WINDOW} and is recent enough to be news.
     *
     * @param since as people write it ({@link Since}), or null
     * @throws IllegalArgumentException naming the accepted forms of since
     */
    public static BriefingRequest asked(String since, String topic, Instant now, ZoneId zone) {
        return since == null || since.isBlank() ? arrivedSince(now.minus(DEFAULT_WINDOW), topic)
                : publishedSince(Since.parse(since, now, zone), topic);
    }

    public static BriefingRequest arrivedSince(Instant since, String topic) {
        return new BriefingRequest(since, Basis.ARRIVAL, topic, List.of());
    }

    public static BriefingRequest publishedSince(Instant since, String topic) {
        return new BriefingRequest(since, Basis.PUBLICATION, topic, List.of());
    }

    /** The same request, avoiding what these earlier briefings said. */
    public BriefingRequest after(List<String> earlierBriefings) {
        return new BriefingRequest(since, basis, topic, earlierBriefings);
    }
}
