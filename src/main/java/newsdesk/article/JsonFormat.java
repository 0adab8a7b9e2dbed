package newsdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A .json file: one article object ({@link JsonEntries}), or an array of them. A bad entry of an array is reported
 * as "entry N" (from 1) and the others are kept.
 */
final class JsonFormat implements ArticleFormat {

    @Override
    public ReadResult read(String text, FileRef file) throws ArticleFileException {
        JsonNode root = JsonEntries.parse(text);
        if (root.isObject()) {
            return ArticleFormat.single(JsonEntries.toArticle(root, file.derivedId(), file.origin()));
        }
        if (!root.isArray()) {
            throw new ArticleFileException("not a JSON object or array of objects");
        }
        if (root.isEmpty()) {
            throw new ArticleFileException("no articles (empty array)");
        }
        List<Article> articles = new ArrayList<>();
        List<ReadResult.Problem> problems = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode entry = root.get(i);
            int position = i + 1;
            try {
                String id = ArticleIds.forEntry(file.idPath(), JsonEntries.url(entry), position);
                articles.add(JsonEntries.toArticle(entry, id, file.origin()));
            } catch (ArticleFileException e) {
                problems.add(new ReadResult.Problem(file.label() + " entry " + position, e.getMessage()));
            }
        }
        return new ReadResult(articles, problems);
    }
}
