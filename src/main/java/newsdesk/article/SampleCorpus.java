package newsdesk.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles bundled in the jar under {@code /sample/}, listed in {@code /sample/index.txt} (a jar cannot be
 * listed like a folder). Their origin is {@value #ORIGIN}.
 */
public final class SampleCorpus {
    public static final String ORIGIN = "bundled sample";
    private static final String FOLDER = "/sample/";

    private SampleCorpus() {
    }

    public static List<Article> load() {
        ArticleReader reader = new ArticleReader(Long.MAX_VALUE);
        List<Article> articles = new ArrayList<>();
        for (String name : fileNames()) {
            try {
                ReadResult result = reader.read(resource(name), name, ORIGIN);
                if (!result.problems().isEmpty()) {
                    throw new IllegalStateException("bundled sample " + name + " is broken: " + result.problems());
                }
                articles.addAll(result.articles());
            } catch (ArticleFileException e) {
                throw new IllegalStateException("bundled sample " + name + " is broken: " + e.getMessage(), e);
            }
        }
        return articles;
    }

    private static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (String line : new String(resource("index.txt"), StandardCharsets.UTF_8).lines().toList()) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    private static byte[] resource(String name) {
        try (InputStream in = SampleCorpus.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled sample " + FOLDER + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled sample " + FOLDER + name, e);
        }
    }
}
