package newsdesk.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsdesk.article.Article;
import newsdesk.article.ArticleFileException;
import newsdesk.article.ArticleReader;
import newsdesk.article.SampleCorpus;
import newsdesk.article.StoredArticle;

/**
 * Test articles: the stories under /briefing/stories, read like any article file, and the bundled sample. A story's
 * articles have ids that differ only in a trailing number ({@code quake-1}, {@code quake-2}).
 */
final class Fixtures {
    record Fixture(StoredArticle stored, String story) {
    }

    private Fixtures() {
    }

    static List<Fixture> stories(Instant ingestedAt) {
        try {
            Path dir = Path.of(Fixtures.class.getResource("/briefing/stories").toURI());
            ArticleReader reader = new ArticleReader(1_000_000);
            List<Fixture> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    for (Article a : reader.read(f)) {
                        out.add(new Fixture(stored(a, ingestedAt), a.id().replaceAll("-\\d+$", "")));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ArticleFileException e) {
            throw new IllegalStateException(e);
        }
    }

    static StoredArticle sample(Instant ingestedAt) {
        return stored(SampleCorpus.load().get(0), ingestedAt);
    }

    static StoredArticle stored(Article a, Instant ingestedAt) {
        return new StoredArticle(a, ingestedAt, 1, Integer.toHexString(a.text().hashCode()));
    }
}
