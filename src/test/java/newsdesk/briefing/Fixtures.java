package newsdesk.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import newsdesk.article.Article;
import newsdesk.article.StoredArticle;

/** Test articles: the stories under /briefing/stories (with the story each belongs to) and the bundled sample. */
final class Fixtures {
    record Fixture(StoredArticle stored, String story) {
    }

    private Fixtures() {
    }

    static List<Fixture> stories(Instant ingestedAt) {
        try {
            Path dir = Path.of(Fixtures.class.getResource("/briefing/stories").toURI());
            List<Fixture> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    Map<String, String> meta = new LinkedHashMap<>();
                    Article a = parse(Files.readString(f), f.getFileName().toString(), meta);
                    out.add(new Fixture(stored(a, ingestedAt), meta.get("story")));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static StoredArticle sample(Instant ingestedAt) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/sample/in-amenas-2013-01-19.md")) {
            return stored(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled sample", new LinkedHashMap<>()),
                    ingestedAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoredArticle stored(Article a, Instant ingestedAt) {
        return new StoredArticle(a, ingestedAt, 1, Integer.toHexString(a.text().hashCode()));
    }

    /** Minimal front matter: {@code key: value} lines between {@code ---} lines. */
    static Article parse(String file, String origin, Map<String, String> meta) {
        String body = file;
        if (file.startsWith("---")) {
            int end = file.indexOf("\n---", 3);
            for (String line : file.substring(3, end).strip().split("\n")) {
                int colon = line.indexOf(':');
                String value = line.substring(colon + 1).strip();
                if (value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                meta.put(line.substring(0, colon).strip(), value);
            }
            body = file.substring(file.indexOf('\n', end + 1) + 1).strip();
        }
        return new Article(meta.get("id"), meta.get("title"), meta.get("source"), meta.get("published"),
                meta.get("url"), body, origin);
    }
}
