package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample story and the fixture articles ingested into a temp folder, then asked through the command line. */
class CliEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of("src/test/resources/articles");
    private static final Path SAMPLE = Path.of("src/main/resources/sample/in-amenas-2013-01-19.md");

    @TempDir
    static Path data;

    @BeforeAll
    static void ingestSampleAndFixtures() {
        CliRun articles = CliRun.run(data, "articles");
        assertThat(articles.exitCode()).isZero();
        assertThat(articles.out()).contains("in-amenas-2013-01-19");
        CliRun sample = CliRun.run(data, "ingest", SAMPLE.toString());
        assertThat(sample.exitCode()).as(sample.err()).isZero();
        CliRun ingest = CliRun.run(data, "ingest", FIXTURES.toString());
        assertThat(ingest.exitCode()).as("some fixtures are meant to be skipped: " + ingest.err()).isEqualTo(3);
    }

    @Test
    void ingestReportsEachSkippedFileWithItsReasonAndIsIdempotent() {
        CliRun again = CliRun.run(data, "ingest", FIXTURES.toString());
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.out()).contains("0 added").contains("0 updated");
        assertThat(again.out()).contains("empty.md").contains("broken-front-matter.md");
    }

    @Test
    void evalClaimsPrintsTheConfusionMatrix() {
        CliRun run = CliRun.run(data, "eval-claims", "src/test/resources/faithfulness/heldout.jsonl", "--misses");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("offline layer").contains("should be shown").contains("should be dropped")
                .contains("precision").contains("contradicted-number 0/9").contains("wrong decisions:")
                .doesNotContain("then the judge");
    }

    @Test
    void evalClaimsRejectsAFileItCannotRead() throws Exception {
        Path bad = data.resolve("bad-claims.jsonl");
        java.nio.file.Files.writeString(bad, "{\"passage\": \"p\", \"claim\": \"x\", \"show\": true}\n");

        CliRun run = CliRun.run(data, "eval-claims", bad.toString());
        CliRun missing = CliRun.run(data, "eval-claims", data.resolve("none.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cites passage 'p'");
        assertThat(missing.exitCode()).isEqualTo(2);
    }

    @Test
    void askJsonFollowsTheContract() throws Exception {
        CliRun run = CliRun.run(data, "ask", "--json", "How many militants died in total?");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(1);
        JsonNode a = JSON.readTree(run.out());
        assertThat(fieldNames(a)).containsExactly("question", "answer", "abstained", "citations", "mode", "notice", "tookMs",
                "dropped");
        assertThat(a.get("dropped").asInt()).isZero();
        assertThat(a.get("abstained").asBoolean()).isFalse();
        assertThat(a.get("answer").asText()).contains("32");
        assertThat(a.get("mode").asText()).isEqualTo("extractive");
        assertEveryMarkerHasACitation(a);
        JsonNode c = a.get("citations").get(0);
        assertThat(fieldNames(c)).containsExactly("n", "articleId", "title", "source", "published", "url", "quote");
        assertThat(c.get("published").asText()).isEqualTo("2013-01-19");
    }

    @Test
    void fixtureArticlesAnswerWithTheirOwnCitations() throws Exception {
        JsonNode a = JSON.readTree(CliRun.run(data, "ask", "--json", "How many passengers were on the ferry?").out());
        assertThat(a.get("answer").asText()).contains("212");
        assertThat(a.get("citations").get(0).get("source").asText()).isEqualTo("Northern Isles Gazette");
        JsonNode b = JSON.readTree(CliRun.run(data, "ask", "--json", "How much did the Kessel Bridge repair cost?").out());
        assertThat(b.get("answer").asText()).contains("18.6 million");
    }

    @Test
    void stdinModeAnswersEveryLineInOrder() throws Exception {
        CliRun run = CliRun.run(data, "How long did the hostage crisis last?\n\nWhat is the weather forecast for Algiers tomorrow?\n",
                Map.of(), "ask", "--json");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines.get(0)).get("answer").asText()).containsIgnoringCase("four");
        assertThat(JSON.readTree(lines.get(1)).get("abstained").asBoolean()).isTrue();
        assertThat(JSON.readTree(lines.get(2)).get("abstained").asBoolean()).isTrue();
        assertThat(JSON.readTree(lines.get(2)).get("citations")).isEmpty();
    }

    @Test
    void humanOutputListsNumberedSources() {
        CliRun run = CliRun.run(data, "ask", "Which companies operate the gas plant?");
        assertThat(run.out()).contains("BP").contains("Sources:").contains("[1] ");
    }

    @Test
    void overLongQuestionGetsAPoliteAnswer() throws Exception {
        JsonNode a = JSON.readTree(CliRun.run(data, "ask", "--json", "x".repeat(1500)).out());
        assertThat(a.get("abstained").asBoolean()).isTrue();
        assertThat(a.get("answer").asText()).contains("too long");
    }

    @Test
    void articlesListsWhatIsStored() {
        CliRun run = CliRun.run(data, "articles");
        assertThat(run.out()).contains("Dockworkers walk out").contains("Northern Isles Gazette").contains("valdora-bridge-reopens");
    }

    @Test
    void consoleAnswersQuestionsAndCommandsUntilEndOfInput() {
        CliRun run = CliRun.run(data, "/help\nWho is John Thompson?\nWhere does he work?\n/sources gazette\n", Map.of(), "console");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("/sources").contains("Terrorism expert").contains("Mackenzie Institute")
                .contains("Passengers rescued");
    }

    @Test
    void evalScoresAQuestionSet() {
        CliRun run = CliRun.run(data, "eval", "src/test/resources/eval/fixture-questions.jsonl");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("answerable:").contains("unanswerable:");
    }

    @Test
    void usageAndConfigErrorsExitWithTwo() {
        assertThat(CliRun.run(data, "frobnicate").exitCode()).isEqualTo(2);
        assertThat(CliRun.run(data, "ask").exitCode()).isEqualTo(2);
        CliRun badConfig = CliRun.run(data, "", Map.of("NEWSDESK_RETRIEVAL_TOP_K", "lots"), "ask", "hi");
        assertThat(badConfig.exitCode()).isEqualTo(2);
        assertThat(badConfig.err()).contains("retrieval.top-k");
        assertThat(badConfig.out()).isEmpty();
    }

    @Test
    void missingConfigFileIsAUsageError() throws Exception {
        CliRun run = CliRun.run(data, "--config", data.resolve("nope.yaml").toString(), "articles");
        assertThat(run.exitCode()).isEqualTo(2);
        Path bad = Files.writeString(data.resolve("bad.yaml"), "retrieval:\n  mode: psychic\n");
        CliRun badMode = CliRun.run(data, "--config", bad.toString(), "ask", "How many hostages died?");
        assertThat(badMode.exitCode()).isEqualTo(2);
        assertThat(badMode.err()).contains("retrieval.mode");
    }

    static void assertEveryMarkerHasACitation(JsonNode answer) {
        Matcher m = Pattern.compile("\\[(\\d+)]").matcher(answer.get("answer").asText());
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            boolean found = false;
            for (JsonNode c : answer.get("citations")) {
                found |= c.get("n").asInt() == n;
            }
            assertThat(found).as("citation [" + n + "]").isTrue();
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
