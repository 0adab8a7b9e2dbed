package newsdesk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import newsdesk.article.Article;

/** Deterministic news-like articles: ~10 paragraphs of 3 sentences (48-69 words), each paragraph one passage. */
final class SyntheticCorpus {
    static final int PASSAGES_PER_ARTICLE = 10;
    static final String[] SOURCES = {"Daily Courier", "Evening Post", "Harbour Times", "Northern Ledger",
            "Capital Wire", "Valley Gazette", "Metro Herald", "Coastal Review"};

    private SyntheticCorpus() {
    }

    static List<Article> articles(int passages, long seed) {
        Random random = new Random(seed);
        Vocabulary v = new Vocabulary(new Random(seed ^ 0x5DEECE66DL));
        List<Article> out = new ArrayList<>();
        int made = 0;
        LocalDate day = LocalDate.of(2023, 1, 1);
        while (made < passages) {
            int count = Math.min(PASSAGES_PER_ARTICLE - 2 + random.nextInt(5), passages - made);
            Topic topic = v.topic(random);
            List<String> paragraphs = new ArrayList<>(count);
            for (int p = 0; p < count; p++) {
                paragraphs.add(v.paragraph(random, topic));
            }
            String id = String.format(Locale.ROOT, "bench-%06d", out.size());
            String title = v.title(random, topic);
            LocalDate published = day.plusDays(random.nextInt(730));
            out.add(new Article(id, title, SOURCES[random.nextInt(SOURCES.length)], published.toString(),
                    "https://example.org/" + id, String.join("\n\n", paragraphs), "bench"));
            made += count;
        }
        return out;
    }
}
