package newsdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsdesk.article.Article;

/** Questions made from words of random passages, partly reworded, as a reader might ask them. */
final class QuerySet {
    private QuerySet() {
    }

    static List<String> of(List<Article> corpus, long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        while (out.size() < count) {
            Article a = corpus.get(random.nextInt(corpus.size()));
            String[] paragraphs = a.text().split("\n\n");
            String[] words = paragraphs[random.nextInt(paragraphs.length)].replaceAll("[.,]", "").split(" ");
            List<String> picked = new ArrayList<>();
            int want = 3 + random.nextInt(4);
            for (int tries = 0; picked.size() < want && tries < 50; tries++) {
                String w = words[random.nextInt(words.length)];
                if (w.length() > 3 && !picked.contains(w)) {
                    picked.add(w);
                }
            }
            String keywords = String.join(" ", picked);
            String question = switch (random.nextInt(3)) {
                case 0 -> "What happened with the " + keywords + "?";
                case 1 -> "Why did " + keywords + " change?";
                default -> "Tell me about " + keywords + ".";
            };
            out.add(question);
        }
        return out;
    }
}
