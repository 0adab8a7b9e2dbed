package newsdesk.briefing;

import java.util.List;
import newsdesk.article.StoredArticle;

/**
 * The stories a briefing tells, most important first; each story is its articles.
 *
 * @param topic the stripped topic they were restricted to, or null for everything
 * @param told the stories told in full
 * @param rest the other stories, one line each
 * @param alsoAdded articles that arrived in the window but were published too long ago to be news
 * @param total how many stories the new articles make
 */
record Stories(String topic, List<List<StoryArticle>> told, List<List<StoryArticle>> rest,
               List<StoredArticle> alsoAdded, int total) {
    Stories {
        told = List.copyOf(told);
        rest = List.copyOf(rest);
        alsoAdded = List.copyOf(alsoAdded);
    }
}
