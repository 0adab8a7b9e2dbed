package newsdesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import newsdesk.article.StoredArticle;

/** {@code articles [--json]}: what the store holds. */
@Command(name = "articles", description = "Lists the stored articles: id, date, passages, source, title.")
final class ArticlesCommand extends WiredCommand {
    @Option(names = "--json", description = "one JSON object per article, one per line")
    boolean json;

    @Override
    int run(Wiring wiring) throws Exception {
        List<StoredArticle> articles = new ArrayList<>(wiring.readyIndex().articles());
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
            return 0;
        }
        wiring.out().printf("%-28s %-10s %8s  %-24s %s%n", "ID", "DATE", "PASSAGES", "SOURCE", "TITLE");
        for (StoredArticle s : articles) {
            var a = s.article();
            wiring.out().printf("%-28s %-10s %8d  %-24s %s%n", clip(a.id(), 28),
                    a.published() == null ? "-" : clip(a.published(), 10), s.passages(),
                    a.source() == null ? "-" : clip(a.source(), 24), a.title());
        }
        wiring.out().println(articles.size() + (articles.size() == 1 ? " article, " : " articles, ")
                + wiring.readyIndex().passageCount() + " passages");
        return 0;
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
