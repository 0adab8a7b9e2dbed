package newsdesk.article;

import static newsdesk.article.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {
    @TempDir
    Path dir;

    @Test
    void walksFoldersInNameOrderKeepingOnlyArticleFiles() {
        write(dir, "b.md", "B.");
        write(dir, "a.txt", "A.");
        write(dir, "sub/c.html", "<p>C.</p>");
        write(dir, "sub/deeper/d.jsonl", "{}");
        write(dir, "sub/photo.jpg", "not an article");
        write(dir, "notes.pdf", "%PDF");
        write(dir, ".hidden.md", "hidden");
        write(dir, ".git/HEAD.md", "git internals");
        List<String> problems = new ArrayList<>();

        List<Path> files = ArticleFiles.expand(List.of(dir), problems);

        assertThat(files).containsExactly(dir.resolve("a.txt"), dir.resolve("b.md"), dir.resolve("sub/c.html"),
                dir.resolve("sub/deeper/d.jsonl"));
        assertThat(problems).as("unsupported files inside folders are passed over silently").isEmpty();
    }

    @Test
    void namedFilesAreKeptInTheGivenOrderAndProblemsReported() {
        Path second = write(dir, "second.md", "2.");
        Path first = write(dir, "first.json", "{}");
        Path hidden = write(dir, ".draft.md", "hidden but named");
        Path pdf = write(dir, "notes.pdf", "%PDF");
        Path missing = dir.resolve("missing.md");
        List<String> problems = new ArrayList<>();

        List<Path> files = ArticleFiles.expand(List.of(second, first, hidden, pdf, missing), problems);

        assertThat(files).containsExactly(second, first, hidden);
        assertThat(problems).containsExactly(pdf + ": unsupported file type .pdf", missing + ": no such file or folder");
    }

    @Test
    void eachFileAppearsOnceHoweverItWasNamed() {
        Path file = write(dir, "sub/a.md", "A.");
        List<String> problems = new ArrayList<>();

        List<Path> files = ArticleFiles.expand(List.of(file, dir, dir.resolve("sub/../sub/a.md")), problems);

        assertThat(files).containsExactly(file);
        assertThat(problems).isEmpty();
    }

    @Test
    void anEmptyFolderGivesNothingAndNoProblem() {
        List<String> problems = new ArrayList<>();

        assertThat(ArticleFiles.expand(List.of(dir), problems)).isEmpty();
        assertThat(problems).isEmpty();
    }
}
