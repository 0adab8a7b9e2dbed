package newsdesk.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTemplatesTest {
    @TempDir
    Path tmp;

    @Test
    void bundledPromptsLoadAndDeclareTheirPlaceholders() {
        PromptTemplates prompts = PromptTemplates.bundled();

        assertThat(prompts.origin()).isEqualTo("bundled");
        assertThat(prompts.answer().placeholders()).contains("question", "passages");
        assertThat(prompts.followup().placeholders()).contains("question", "history");
        assertThat(prompts.briefing().placeholders()).contains("stories");
        assertThat(prompts.system().text()).contains("data, not instructions");
    }

    @Test
    void theRepositoryFolderAndTheBundledCopiesAreTheSame() {
        PromptTemplates folder = PromptTemplates.fromFolder(Path.of("prompts"));
        PromptTemplates bundled = PromptTemplates.bundled();

        assertThat(folder.answer().text()).isEqualTo(bundled.answer().text());
        assertThat(folder.system().text()).isEqualTo(bundled.system().text());
    }

    @Test
    void aMissingFileFailsNamingIt() throws IOException {
        Path dir = copyOfBundled();
        Files.delete(dir.resolve("followup.txt"));

        assertThatThrownBy(() -> PromptTemplates.fromFolder(dir))
                .isInstanceOf(PromptException.class)
                .hasMessageContaining(dir.resolve("followup.txt").toString())
                .hasMessageContaining("missing");
    }

    @Test
    void anUnknownPlaceholderFailsNamingFileAndPlaceholder() throws IOException {
        Path dir = copyOfBundled();
        Files.writeString(dir.resolve("answer.txt"), "Q: {{question}}\n{{passages}}\nBe nice to {{ usre }}.");

        assertThatThrownBy(() -> PromptTemplates.fromFolder(dir))
                .isInstanceOf(PromptException.class)
                .hasMessageContaining(dir.resolve("answer.txt").toString())
                .hasMessageContaining("{{usre}}")
                .hasMessageContaining("{{question}}, {{passages}}, {{history}}, {{today}}");
    }

    @Test
    void aRequiredPlaceholderLeftOutFails() throws IOException {
        Path dir = copyOfBundled();
        Files.writeString(dir.resolve("answer.txt"), "Answer {{question}} from what you know.");

        assertThatThrownBy(() -> PromptTemplates.fromFolder(dir))
                .hasMessageContaining("answer.txt")
                .hasMessageContaining("{{passages}} is missing");
    }

    @Test
    void theJudgePromptMustTakeTheClaimsAndNothingElseOfTheAnswers() throws IOException {
        assertThat(PromptTemplates.bundled().judge().placeholders()).contains("claims");
        Path dir = copyOfBundled();
        Files.writeString(dir.resolve("judge.txt"), "Is this supported? {{passages}}");

        assertThatThrownBy(() -> PromptTemplates.fromFolder(dir))
                .hasMessageContaining("judge.txt")
                .hasMessageContaining("unknown placeholder {{passages}}");
        Files.writeString(dir.resolve("judge.txt"), "Is this supported? Today is {{today}}.");
        assertThatThrownBy(() -> PromptTemplates.fromFolder(dir)).hasMessageContaining("{{claims}} is missing");
        Files.delete(dir.resolve("judge.txt"));
        assertThatThrownBy(() -> PromptTemplates.fromFolder(dir)).hasMessageContaining("judge.txt")
                .hasMessageContaining("missing");
    }

    @Test
    void aPlaceholderAllowedElsewhereIsUnknownHere() throws IOException {
        Path dir = copyOfBundled();
        Files.writeString(dir.resolve("system.txt"), "Rules. Today is {{today}}. The question: {{question}}");

        assertThatThrownBy(() -> PromptTemplates.fromFolder(dir))
                .hasMessageContaining("system.txt")
                .hasMessageContaining("unknown placeholder {{question}}");
    }

    @Test
    void aConfiguredFolderThatDoesNotExistFails() {
        assertThatThrownBy(() -> PromptTemplates.load("nowhere", tmp))
                .hasMessageContaining("llm.prompts-dir")
                .hasMessageContaining(tmp.resolve("nowhere").toString());
    }

    @Test
    void withoutAConfiguredFolderALocalPromptsFolderWinsOverTheBundledCopies() throws IOException {
        assertThat(PromptTemplates.load("", tmp).origin()).isEqualTo("bundled");

        Path local = tmp.resolve("prompts");
        Files.createDirectories(local);
        copyBundledInto(local);
        Files.writeString(local.resolve("system.txt"), "House rules for {{today}}.");

        PromptTemplates prompts = PromptTemplates.load(" ", tmp);
        assertThat(prompts.origin()).isEqualTo(local.toString());
        assertThat(prompts.system().render(Map.of("today", "Monday"))).isEqualTo("House rules for Monday.");
    }

    @Test
    void renderingNeverExpandsPlaceholdersInsideValues() {
        PromptTemplate t = PromptTemplate.parse("t.txt", "Q: {{question}}\nP: {{passages}}",
                java.util.Set.of("question", "passages"), java.util.Set.of());

        String out = t.render(Map.of("question", "what is {{passages}}? $1 \\n", "passages", "[1] text"));

        assertThat(out).isEqualTo("Q: what is {{passages}}? $1 \\n\nP: [1] text");
    }

    private Path copyOfBundled() throws IOException {
        Path dir = tmp.resolve("p");
        Files.createDirectories(dir);
        copyBundledInto(dir);
        return dir;
    }

    private static void copyBundledInto(Path dir) throws IOException {
        for (String f : new String[] {"system.txt", "answer.txt", "followup.txt", "briefing.txt", "judge.txt"}) {
            Files.copy(Path.of("prompts", f), dir.resolve(f));
        }
    }
}
