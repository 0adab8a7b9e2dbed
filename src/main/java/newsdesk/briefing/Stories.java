package newsdesk.briefing;

import java.util.List;

/**
 * The stories a briefing tells, biggest first; each story is its articles.
 *
 * @param topic the stripped topic they were restricted to, or null for everything
 */
record Stories(String topic, List<List<StoryArticle>> told) {
    Stories {
        told = List.copyOf(told);
    }
}
