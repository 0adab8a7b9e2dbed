package newsdesk.article;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an article without an explicit {@code id} gets one, stable across runs:
 * <ul>
 *   <li>the file name without its extension, lower-cased, each run of characters other than letters and digits
 *       turned into {@code -} ({@code "Port Strike (Day 2).md"} → {@code port-strike-day-2});</li>
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
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String slug = NOT_ALPHANUMERIC.matcher(stem.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "article" : slug;
    }

    static String forEntry(String fileName, String url, int position) {
        String base = fromFileName(fileName);
        if (url != null) {
            return base + "-" + ContentHash.sha256Hex(url).substring(0, 8);
        }
        return base + "-" + position;
    }
}
