package newsdesk.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A list of words in a class-path resource: one entry a line, {@code #} comments and blank lines skipped. */
final class WordList {
    private WordList() {
    }

    /**
     * A list whose lines are {@code key: value | value}: each key with its values, stripped, in the file's order (a
     * key on several lines gets all their values).
     */
    static Map<String, List<String>> keyed(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : read(resource)) {
            int colon = line.indexOf(':');
            List<String> values = out.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>());
            for (String value : line.substring(colon + 1).split("\\|")) {
                values.add(value.strip());
            }
        }
        return out;
    }

    static List<String> read(String resource) {
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the class path");
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
