package newsdesk.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import newsdesk.config.FileErrors;

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
        return find(inputs, (path, reason) -> problems.add(path + ": " + reason)).stream().map(ArticleFile::path).toList();
    }

    /** The files to read, each with its path relative to the folder it was found in. */
    static List<ArticleFile> find(List<Path> inputs, BiConsumer<Path, String> problems) {
        Map<Path, ArticleFile> files = new LinkedHashMap<>(); // identity (absolute, normalised) → as found
        for (Path input : inputs) {
            String missing = whyMissing(input);
            if (missing != null) {
                problems.accept(input, missing);
            } else if (Files.isDirectory(input)) {
                walk(input, input, files, problems);
            } else if (!ArticleReader.isSupported(input)) {
                problems.accept(input, ArticleReader.unsupportedReason(input));
            } else {
                Path name = input.getFileName();
                files.putIfAbsent(identity(input), new ArticleFile(input, name == null ? input.toString() : name.toString()));
            }
        }
        return new ArrayList<>(files.values());
    }

    /** Null when the input is there; else why not, as the system says it (a folder we may not enter is not "missing"). */
    private static String whyMissing(Path input) {
        try {
            Files.readAttributes(input, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return e instanceof NoSuchFileException ? "no such file or folder" : "cannot read: " + FileErrors.reason(e);
        }
        if (!Files.exists(input)) {
            return "broken link";
        }
        return null;
    }

    private static void walk(Path root, Path folder, Map<Path, ArticleFile> files, BiConsumer<Path, String> problems) {
        List<Path> children;
        try (Stream<Path> listing = Files.list(folder)) {
            children = listing.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.accept(folder, "cannot read folder: " + FileErrors.reason(e));
            return;
        }
        for (Path child : children) {
            if (child.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                walk(root, child, files, problems);
            } else if (Files.isRegularFile(child) && ArticleReader.isSupported(child)) {
                String idPath = root.relativize(child).toString().replace(child.getFileSystem().getSeparator(), "/");
                files.putIfAbsent(identity(child), new ArticleFile(child, idPath));
            }
        }
    }

    private static Path identity(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
