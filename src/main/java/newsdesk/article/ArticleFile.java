package newsdesk.article;

import java.nio.file.Path;

/**
 * A file to read, found among the inputs of an ingest.
 *
 * @param path the file, as the user would recognise it (under the folder they named)
 * @param idPath its path relative to that folder, {@code /}-separated ({@code b/index.md}); its name alone for a
 *               file named on its own. It gives the ids of articles that name none ({@link ArticleIds}).
 */
public record ArticleFile(Path path, String idPath) {
}
