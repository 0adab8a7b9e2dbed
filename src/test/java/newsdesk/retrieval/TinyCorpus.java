package newsdesk.retrieval;

import java.util.List;
import newsdesk.article.Article;

/** Four short articles on unrelated topics, from different sources and dates (one undated). */
final class TinyCorpus {
    static final Article FLOODS = LuceneArticleStoreTest.FLOODS;
    static final Article ELECTION = new Article("election", "Mayor wins second term", "Planet", "2024-02-10", null,
            "The mayor won a second term with 58 percent of the vote. Turnout was the lowest in twenty years. "
                    + "Her opponent conceded shortly after midnight. The new council meets in April.",
            "election.md");
    static final Article TELESCOPE = new Article("telescope", "New telescope sees distant galaxies", "Science Weekly",
            null, null,
            "Astronomers released the first images from the orbiting observatory. The pictures show galaxies formed "
                    + "soon after the big bang. The mirror was unfolded in space last year.",
            "telescope.md");
    static final Article STRIKE = new Article("strike", "Rail workers walk out over pay", "Planet", "2024-03-05", null,
            "Train drivers began a two-day strike on Tuesday over wages. Commuters crowded onto buses instead. "
                    + "The union said talks with the operator had collapsed.",
            "strike.md");

    static final List<Article> ALL = List.of(FLOODS, ELECTION, TELESCOPE, STRIKE);

    private TinyCorpus() {
    }

    static void load(NewsIndex index) {
        ALL.forEach(index::put);
        index.commit();
    }
}
