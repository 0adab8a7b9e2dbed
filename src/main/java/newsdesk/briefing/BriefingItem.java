package newsdesk.briefing;

import java.util.List;
import newsdesk.answer.Citation;

/**
 * One story: a headline and a few sentences, each followed by {@code [n]} whose citation is in {@link #citations}.
 */
public record BriefingItem(String headline, String summary, List<Citation> citations) {
    public BriefingItem {
        citations = List.copyOf(citations);
    }
}
