package newsdesk.article;

import java.util.ArrayList;
import java.util.List;

/**
 * A .jsonl file: one article object per line ({@link JsonEntries}); blank lines are ignored. A bad line is
 * reported as "line N" and the others are kept.
 */
final class JsonLinesFormat implements ArticleFormat {

    @Override
    public ReadResult read(String text, FileRef file) throws ArticleFileException {
        List<Article> articles = new ArrayList<>();
        List<ReadResult.Problem> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            try {
                var entry = JsonEntries.parse(lines.get(i));
                String id = ArticleIds.forEntry(file.idPath(), JsonEntries.url(entry), lineNumber);
                articles.add(JsonEntries.toArticle(entry, id, file.origin()));
            } catch (ArticleFileException e) {
                String reason = e.getMessage().replaceFirst("^not valid JSON \\(line 1: ", "not valid JSON (");
                problems.add(new ReadResult.Problem(file.label() + " line " + lineNumber, reason));
            }
        }
        if (articles.isEmpty() && problems.isEmpty()) {
            throw new ArticleFileException("no text");
        }
        return new ReadResult(articles, problems);
    }
}
