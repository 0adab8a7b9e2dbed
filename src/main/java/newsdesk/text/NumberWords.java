package newsdesk.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/** English cardinal number words ("seven", "twenty-three", "dozens"), read from {@code text/number-words.txt}. */
public final class NumberWords {
    private static final Map<String, Long> VALUES = load();
    private static final long SCALE_FROM = 100;

    private NumberWords() {
    }

    /**
     * The value of a number word, a hyphenated pair ("twenty-three") or a plural ("hundreds", "dozens": the value
     * of one); empty for any other word.
     */
    public static OptionalLong value(String lowerWord) {
        Long v = VALUES.get(lowerWord);
        if (v != null) {
            return OptionalLong.of(v);
        }
        int dash = lowerWord.indexOf('-');
        if (dash > 0) {
            Long tens = VALUES.get(lowerWord.substring(0, dash));
            Long units = VALUES.get(lowerWord.substring(dash + 1));
            if (tens != null && units != null && tens >= 20 && tens < 100 && units < 10) {
                return OptionalLong.of(tens + units);
            }
        }
        if (lowerWord.endsWith("s")) {
            Long plural = VALUES.get(lowerWord.substring(0, lowerWord.length() - 1));
            if (plural != null && plural >= 12) {
                return OptionalLong.of(plural);
            }
        }
        return OptionalLong.empty();
    }

    /** "hundred", "thousand", "million"...: a word that multiplies the number before it. */
    public static boolean isScale(String lowerWord) {
        Long v = VALUES.get(lowerWord);
        return v != null && v >= SCALE_FROM;
    }

    private static Map<String, Long> load() {
        try (InputStream in = NumberWords.class.getResourceAsStream("/text/number-words.txt")) {
            if (in == null) {
                throw new IOException("text/number-words.txt is missing from the class path");
            }
            Map<String, Long> values = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    String[] parts = line.split("\\s+");
                    values.put(parts[0], Long.parseLong(parts[1]));
                }
            }
            return Map.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
