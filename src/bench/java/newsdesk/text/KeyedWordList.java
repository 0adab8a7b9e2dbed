package newsdesk.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Writes a word list of {@code key: value | value} lines, the form {@code WordList.keyed} reads. */
final class KeyedWordList {
    private KeyedWordList() {
    }

    /** @param about the comment lines at the top, without their {@code #} */
    static void write(Path out, List<String> about, Map<String, ? extends Collection<String>> entries)
            throws IOException {
        List<String> lines = new ArrayList<>();
        about.forEach(line -> lines.add("# " + line));
        entries.forEach((key, values) -> lines.add(key + ": " + String.join(" | ", values)));
        Files.write(out, lines);
    }
}
