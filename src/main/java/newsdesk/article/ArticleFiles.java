package newsdesk.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Turns the files and folders a user named into the article files to read. Folders are walked recursively in name
 * order, skipping hidden entries (names starting with {@code .}) and symbolic links to folders, and keeping only
 * files {@link ArticleReader} understands; other files inside folders are passed over silently. A file named
 * explicitly is kept whatever its name, unless its type is unsupported. Each file appears once.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * @param problems receives one line per input that yields nothing, like {@code notes.pdf: unsupported file type .pdf}
     */
    public static List<Path> expand(List<Path> inputs, List<String> problems) {
        return expand(inputs, (path, reason) -> problems.add(path + ": " + reason));
    }

    static List<Path> expand(List<Path> inputs, BiConsumer<Path, String> problems) {
        Map<Path, Path> files = new LinkedHashMap<>(); // identity (absolute, normalised) → as given
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walk(input, files, problems);
            } else if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                problems.accept(input, "no such file or folder");
            } else if (!Files.exists(input)) {
                problems.accept(input, "broken link");
            } else if (!ArticleReader.isSupported(input)) {
                problems.accept(input, ArticleReader.unsupportedReason(input));
            } else {
                files.putIfAbsent(identity(input), input);
            }
        }
        return new ArrayList<>(files.values());
    }

    private static void walk(Path folder, Map<Path, Path> files, BiConsumer<Path, String> problems) {
        List<Path> children;
        try (Stream<Path> listing = Files.list(folder)) {
            children = listing.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.accept(folder, "cannot read folder (" + e.getMessage() + ")");
            return;
        }
        for (Path child : children) {
            if (child.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                walk(child, files, problems);
            } else if (Files.isRegularFile(child) && ArticleReader.isSupported(child)) {
                files.putIfAbsent(identity(child), child);
            }
        }
    }

    private static Path identity(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
