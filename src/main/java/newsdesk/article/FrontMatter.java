package newsdesk.article;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML between a first line {@code ---} and the next line {@code ---} (or {@code ...}) of a Markdown or text file.
 *
 * @param fields keys lower-cased; empty when the file has no front matter
 * @param body the rest of the file
 */
record FrontMatter(Map<String, Object> fields, String body) {

    static FrontMatter split(String text) throws ArticleFileException {
        int firstLineEnd = lineEnd(text, 0);
        if (!text.substring(0, firstLineEnd).strip().equals("---")) {
            return new FrontMatter(Map.of(), text);
        }
        int lineStart = firstLineEnd + 1;
        while (lineStart <= text.length()) {
            int end = lineEnd(text, lineStart);
            String line = text.substring(lineStart, end).strip();
            if (line.equals("---") || line.equals("...")) {
                String yaml = text.substring(firstLineEnd + 1, lineStart);
                String body = end >= text.length() ? "" : text.substring(end + 1);
                return new FrontMatter(parse(yaml), body);
            }
            lineStart = end + 1;
        }
        throw new ArticleFileException("broken front matter: unclosed '---'");
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static Map<String, Object> parse(String yaml) throws ArticleFileException {
        Object loaded;
        try {
            loaded = newYaml().load(yaml);
        } catch (MarkedYAMLException e) {
            String where = e.getProblemMark() == null ? "" : " at line " + (e.getProblemMark().getLine() + 2);
            throw new ArticleFileException("broken front matter: " + e.getProblem() + where);
        } catch (YAMLException e) {
            throw new ArticleFileException("broken front matter: " + e.getMessage());
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new ArticleFileException("broken front matter: not a list of 'key: value' lines");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((key, value) -> fields.put(String.valueOf(key).strip().toLowerCase(Locale.ROOT), value));
        return fields;
    }

    /** Dates stay the strings they were written as, so {@code published} keeps its form and offset. */
    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Resolver datesAsText = new Resolver() {
            @Override
            public Tag resolve(NodeId kind, String value, boolean implicit) {
                Tag tag = super.resolve(kind, value, implicit);
                return Tag.TIMESTAMP.equals(tag) ? Tag.STR : tag;
            }
        };
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, datesAsText);
    }
}
