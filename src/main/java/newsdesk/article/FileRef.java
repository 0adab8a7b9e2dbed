package newsdesk.article;

/**
 * The file an article is read from.
 *
 * @param fileName its name, which gives the extension
 * @param idPath its path relative to the folder that was ingested ({@code b/index.md}; the file name for a file
 *               named on its own), which gives the ids derived from it
 * @param label how problems name it (the path as given)
 * @param origin what {@link Article#origin()} records
 */
record FileRef(String fileName, String idPath, String label, String origin) {

    String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The id of the file's only article when it names none: see {@link ArticleIds}. */
    String derivedId() {
        return ArticleIds.fromPath(idPath);
    }
}
