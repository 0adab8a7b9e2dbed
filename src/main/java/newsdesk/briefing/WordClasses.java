package newsdesk.briefing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import newsdesk.text.Words;

/**
 * Classes of words read from a bundled resource: one class a line, its name first, then its members, separated by
 * spaces; lines starting with # are comments. Words are stemmed ({@link Words#stem}), so plurals match.
 */
final class WordClasses {
    private WordClasses() {
    }

    /** @return each member (and each class name) mapped to its class name */
    static Map<String, String> load(String resource) {
        Map<String, String> classes = new HashMap<>();
        try (InputStream in = WordClasses.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip().toLowerCase(Locale.ROOT);
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] words = t.split("\\s+");
                for (String w : words) {
                    classes.putIfAbsent(Words.stem(w), words[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Map.copyOf(classes);
    }
}
