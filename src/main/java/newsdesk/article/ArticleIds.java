package newsdesk.article;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an article without an explicit {@code id} gets one, stable across runs:
 * <ul>
 *   <li>the file's path relative to the folder that was ingested, without its extension, each folder and the name
 *       lower-cased with each run of characters other than letters and digits turned into {@code -}, joined by
 *       {@code /} ({@code "Port Strike (Day 2).md"} → {@code port-strike-day-2}; {@code "b/index.md"} →
 *       {@code b/index}), so files of the same name in two folders get two ids. A file named on its own is
 *       relative to its own folder: its id comes from its name alone;</li>
 *   <li>an entry of a .json array or .jsonl file adds {@code -} and the first 8 hex digits of the SHA-256 of its
 *       {@code url} when it has one (so reordering the file keeps ids), else its position: the entry number from 1
 *       for a .json array, the line number for .jsonl.</li>
 * </ul>
 */
final class ArticleIds {
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ArticleIds() {
    }

    static String fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String slug = slug(dot > 0 ? fileName.substring(0, dot) : fileName);
        return slug.isEmpty() ? "article" : slug;
    }

    /** {@code "Sports/Local Teams/index.md"} → {@code sports/local-teams/index}. */
    static String fromPath(String relativePath) {
        String[] parts = relativePath.replace('\\', '/').split("/");
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            String folder = slug(parts[i]);
            if (!folder.isEmpty()) {
                id.append(folder).append('/');
            }
        }
        return id.append(fromFileName(parts[parts.length - 1])).toString();
    }

    private static String slug(String text) {
        String slug = NOT_ALPHANUMERIC.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }

    static String forEntry(String idPath, String url, int position) {
        String base = fromPath(idPath);
        if (url != null) {
            return base + "-" + ContentHash.sha256Hex(url).substring(0, 8);
        }
        return base + "-" + position;
    }
}
