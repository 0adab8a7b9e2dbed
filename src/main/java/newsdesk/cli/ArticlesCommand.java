package newsdesk.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import newsdesk.article.Article;
import newsdesk.article.Passages;
import newsdesk.article.SampleCorpus;
import newsdesk.article.StoredArticle;
import newsdesk.retrieval.RetrievalSettings;

/** {@code articles [--json]}: what the store holds. */
@Command(name = "articles", description = "Lists the stored articles: id, date, passages, source, title.")
final class ArticlesCommand extends WiredCommand {
    @Option(names = "--json", description = "one JSON object per article, one per line")
    boolean json;

    @Override
    int run(Wiring wiring) throws Exception {
        List<StoredArticle> articles = new ArrayList<>(wiring.store().articles());
        articles.sort((a, b) -> a.id().compareTo(b.id()));
        if (json) {
            for (StoredArticle s : articles) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", s.id());
                row.put("title", s.article().title());
                row.put("source", s.article().source());
                row.put("published", s.article().published());
                row.put("url", s.article().url());
                row.put("passages", s.passages());
                row.put("ingestedAt", s.ingestedAt().toString());
                wiring.out().println(AnswerPrinter.JSON.writeValueAsString(row));
            }
            return 0;
        }
        if (articles.isEmpty()) {
            wiring.out().println("No articles stored. Add some with: newsdesk ingest PATH...");
            if (wiring.config().bool("articles.load-sample-when-empty")) {
                sample(wiring);
            }
            return 0;
        }
        table(wiring.out(), articles.stream().map(s -> row(s.article(), s.passages())).toList());
        wiring.out().println(articles.size() + (articles.size() == 1 ? " article, " : " articles, ")
                + wiring.store().passageCount() + " passages");
        return 0;
    }

    /** What questions are answered from until then, read from the jar without loading the embedding model. */
    private static void sample(Wiring wiring) {
        int sentences = RetrievalSettings.from(wiring.config()).passageSentences();
        List<Article> sample = SampleCorpus.load();
        wiring.out().println();
        wiring.out().println("Until then questions are answered from the bundled sample (read-only, not in your store):");
        table(wiring.out(), sample.stream().map(a -> row(a, Passages.split(a, sentences).size())).toList());
    }

    private static String[] row(Article a, int passages) {
        return new String[] {clip(a.id(), 28), a.published() == null ? "-" : clip(a.published(), 10),
                Integer.toString(passages), a.source() == null ? "-" : clip(a.source(), 24), a.title()};
    }

    private static void table(PrintStream out, List<String[]> rows) {
        String format = "%-28s %-10s %8s  %-24s %s%n";
        out.printf(format, "ID", "DATE", "PASSAGES", "SOURCE", "TITLE");
        for (String[] row : rows) {
            out.printf(format, (Object[]) row);
        }
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
