package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Floors for answer quality on three question sets over one store (the sample, the fixtures and the held-out
 * articles together, so each set's questions meet the others' articles): a change that makes answers worse fails.
 * The floors are what the learned reader scores (answers holding the facts and citing the evidence; declines); it
 * was trained on these sets among others, so they guard against breakage, not measure quality (see the README).
 */
class AnswerQualityTest {
    private static final Pattern SCORE = Pattern.compile(
            "answerable: \\d+/(\\d+) hold the facts .*both (\\d+); unanswerable: (\\d+)/(\\d+) declined");

    @TempDir
    static Path data;

    @BeforeAll
    static void ingest() {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("ingest",
                "src/main/resources/sample/in-amenas-2013-01-19.md", "src/test/resources/articles"));
        try (var heldOut = java.nio.file.Files.list(Path.of("src/test/resources/heldout"))) {
            heldOut.filter(p -> p.toString().endsWith(".md")).sorted().forEach(p -> args.add(p.toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliRun run = CliRun.run(data, args.toArray(String[]::new));
        assertThat(run.out()).contains("13 added");
    }

    @Test
    void publicSetMeetsTheIssuesBar() {
        int[] s = score("src/test/resources/eval/public-questions.jsonl");
        assertThat(s[0]).as("answerable correct of %d", s[1]).isEqualTo(s[1]);
        assertThat(s[2]).as("declined of %d", s[3]).isEqualTo(s[3]);
    }

    @Test
    void fixtureSetStaysAnswered() {
        int[] s = score("src/test/resources/eval/fixture-questions.jsonl");
        assertThat(s[0]).isGreaterThanOrEqualTo(14);
        assertThat(s[2]).isGreaterThanOrEqualTo(2);
    }

    @Test
    void heldOutSetDoesNotGetWorse() {
        int[] s = score("src/test/resources/heldout/questions.jsonl");
        assertThat(s[0]).isGreaterThanOrEqualTo(14);
        assertThat(s[2]).isGreaterThanOrEqualTo(4);
    }

    private static int[] score(String file) {
        CliRun run = CliRun.run(data, "eval", file);
        Matcher m = SCORE.matcher(run.out());
        assertThat(m.find()).as(run.out() + run.err()).isTrue();
        return new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4))};
    }
}
