package newsdesk.briefing;

import java.util.List;
import newsdesk.answer.Citation;

/**
 * A figure of one story reported with two values: "12 captives" earlier, "at least 23 hostages" later.
 *
 * @param subject what was counted, e.g. "hostages killed"
 * @param from the earlier (or first source's) wording of the figure
 * @param to the later (or other source's) wording
 * @param citations where each value was reported: {@code from} first, then {@code to}
 */
public record FigureChange(String subject, String from, String to, How how, List<Citation> citations) {
    public enum How {
        /** The same source (or article) gives an earlier and a later figure. */
        OVER_TIME,
        /** Two sources give different figures. */
        ACROSS_SOURCES;

        public String words() {
            return this == OVER_TIME ? "over time" : "across sources";
        }
    }

    public FigureChange {
        citations = List.copyOf(citations);
    }
}
