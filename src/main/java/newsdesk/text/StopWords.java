package newsdesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * English function words, from the Snowball project's English stop list as Lucene ships it: one general list for
 * the whole project.
 */
public final class StopWords {
    private static final Set<String> WORDS = load();

    private StopWords() {
    }

    public static boolean contains(String lowerWord) {
        return WORDS.contains(lowerWord);
    }

    private static Set<String> load() {
        try (InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CharArraySet words = WordlistLoader.getSnowballWordSet(reader);
            Set<String> out = new HashSet<>();
            for (Object w : words) {
                out.add(new String((char[]) w));
            }
            return Set.copyOf(out);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("the English stop list is missing from Lucene's jar", e));
        }
    }
}
