package newsdesk.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Small classes of general English words (months, weekdays, units of time, currencies, words of speech and of
 * cause...), read from {@code text/cue-words.txt}: what kind of answer a sentence holds often shows in them.
 */
public enum CueWords {
    MONTH("month"),
    WEEKDAY("weekday"),
    RELATIVE_DAY("relative-day"),
    TIME_UNIT("time-unit"),
    CURRENCY("currency"),
    SCALE("scale"),
    PERCENT("percent"),
    CAUSE("cause"),
    SPEECH("speech"),
    PLACE_PREPOSITION("place-preposition"),
    LATEST("latest"),
    SUMMARY("summary");

    private static final Map<String, Set<String>> WORDS = load();

    private final String key;

    CueWords(String key) {
        this.key = key;
    }

    /** True when the lower-case word, or its stem, is one of this class. */
    public boolean contains(Token token) {
        Set<String> words = WORDS.get(key);
        return words.contains(token.lower()) || words.contains(token.stem());
    }

    public boolean contains(String lowerWord) {
        return WORDS.get(key).contains(lowerWord);
    }

    private static Map<String, Set<String>> load() {
        try (InputStream in = CueWords.class.getResourceAsStream("/text/cue-words.txt")) {
            if (in == null) {
                throw new IOException("text/cue-words.txt is missing from the class path");
            }
            Map<String, Set<String>> out = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                int colon = line.indexOf(':');
                if (line.isEmpty() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                Set<String> words = new HashSet<>();
                for (String w : line.substring(colon + 1).strip().split("\\s+")) {
                    String lower = w.toLowerCase(Locale.ROOT);
                    words.add(lower);
                    words.add(Words.stem(lower));
                }
                out.put(line.substring(0, colon).strip(), Set.copyOf(words));
            }
            for (CueWords c : values()) {
                if (!out.containsKey(c.key)) {
                    throw new IOException("text/cue-words.txt has no line for " + c.key);
                }
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
