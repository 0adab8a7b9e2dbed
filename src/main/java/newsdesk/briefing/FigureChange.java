package newsdesk.briefing;

import java.util.List;
import newsdesk.answer.Citation;

/**
 * A measure of one story reported with two values in two sentences: "9 people" earlier, "at least 17 passengers"
 * later. The older value comes first when the dates tell.
 *
 * @param subject what was measured, e.g. "people killed"
 * @param from the older (or, on the same day, the first source's) wording of the figure
 * @param to the newer (or the other source's) wording
 * @param citations where each value was reported: {@code from} first, then {@code to}; two different sentences
 * @param fromDate the publication date of {@code from}'s article (ISO), or null if unknown
 * @param toDate likewise for {@code to}
 * @param toIsNewer true when {@code to} is known to be the later report (a later date, or the text says which
 *     count came first); false when both came the same day from different sources
 */
public record FigureChange(String subject, String from, String to, How how, List<Citation> citations,
                           String fromDate, String toDate, boolean toIsNewer) {
    public enum How {
        /** A later report (a later day, or the same source again) gives another figure. */
        OVER_TIME,
        /** Two sources give different figures the same day. */
        ACROSS_SOURCES;

        public String words() {
            return this == OVER_TIME ? "over time" : "across sources";
        }
    }

    public FigureChange {
        citations = List.copyOf(citations);
    }
}
