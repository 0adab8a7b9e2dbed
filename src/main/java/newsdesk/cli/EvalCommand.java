package newsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;
import newsdesk.answer.Citation;
import newsdesk.answer.extractive.OfflineAnswerers;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.RetrievalMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval FILE.jsonl [--mode hybrid|bm25|vector|all]}: scores a question set. An answerable question counts when
 * every {@code expect} group has an alternative in the answer and some citation quotes one of the {@code evidence}
 * strings; an unanswerable one when the bot declines.
 */
@Command(name = "eval", description = {"Scores a question set: answer facts, citation evidence, abstentions; "
        + "prints each miss.", "FILE holds JSON lines: question, answerable, expect (groups of alternatives), evidence."})
final class EvalCommand extends WiredCommand {
    @Parameters(paramLabel = "FILE.jsonl", description = "the question set")
    Path file;

    @Option(names = "--mode", paramLabel = "MODE", description = "retrieval to score: hybrid, bm25, vector or all "
            + "(default: the configured one)")
    String mode;

    @Override
    int run(Wiring wiring) throws Exception {
        if (mode != null && !List.of("hybrid", "bm25", "vector", "all").contains(mode.toLowerCase(Locale.ROOT))) {
            throw usage("--mode must be hybrid, bm25, vector or all, not '" + mode + "'");
        }
        String mode = this.mode == null ? null : this.mode.toLowerCase(Locale.ROOT);
        List<EvalItem> items = read(file);
        wiring.prefetchEmbeddingModel();
        NewsIndex index = wiring.answeringIndex();
        List<String> modes = mode == null ? List.of(index.settings().mode().name().toLowerCase(Locale.ROOT))
                : mode.equals("all") ? List.of("hybrid", "bm25", "vector") : List.of(mode);
        for (String m : modes) {
            RetrievalMode retrievalMode = RetrievalMode.valueOf(m.toUpperCase(Locale.ROOT));
            Answerer answerer = mode == null ? wiring.answerer()
                    : OfflineAnswerers.offline(index.reading(retrievalMode), wiring.config());
            int k = index.settings().topK();
            EvalScore score = score(items, answerer,
                    OfflineAnswerers.readerRetriever(index.reading(retrievalMode), wiring.config()), k);
            wiring.out().println("[" + m + "] " + score.summary());
            for (String miss : score.misses()) {
                wiring.out().println("  miss " + miss);
            }
        }
        return 0;
    }

    static List<EvalItem> read(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file " + file);
        }
        List<EvalItem> items = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = AnswerPrinter.JSON.readTree(line);
            } catch (Exception e) {
                throw new UsageException(file + " line " + lineNo + " is not JSON");
            }
            List<List<String>> expect = new ArrayList<>();
            n.path("expect").forEach(group -> {
                List<String> alternatives = new ArrayList<>();
                group.forEach(alt -> alternatives.add(alt.asText()));
                expect.add(alternatives);
            });
            List<String> evidence = new ArrayList<>();
            n.path("evidence").forEach(e -> evidence.add(e.asText()));
            items.add(new EvalItem(n.path("id").asText("line " + lineNo), n.path("question").asText(),
                    n.path("answerable").asBoolean(true), expect, evidence));
        }
        return items;
    }

    /**
     * @param passages what a language model would be given for a question (for retrieval recall); may be null
     * @param k how many passages that is
     */
    static EvalScore score(List<EvalItem> items, Answerer answerer, ContentRetriever passages, int k) {
        int answerable = 0, facts = 0, evidence = 0, correct = 0, unanswerable = 0, declined = 0, recalled = 0;
        List<Integer> words = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (EvalItem item : items) {
            Answer a = answerer.answer(item.question());
            if (!a.abstained()) {
                words.add(a.answer().replaceAll("\\[\\d+]", " ").strip().split("\\s+").length);
            }
            if (!item.answerable()) {
                unanswerable++;
                if (a.abstained()) {
                    declined++;
                } else {
                    misses.add(item.id() + " should decline: " + item.question() + " -> " + a.answer());
                }
                continue;
            }
            answerable++;
            String text = a.answer().toLowerCase(Locale.ROOT);
            boolean factsFound = !a.abstained() && item.expect().stream()
                    .allMatch(group -> group.stream().anyMatch(alt -> text.contains(alt.toLowerCase(Locale.ROOT))));
            boolean evidenceFound = !a.abstained() && (item.evidence().isEmpty()
                    || a.citations().stream().map(Citation::quote).anyMatch(item::holdsEvidence));
            if (passages != null && passages.retrieve(Query.from(item.question())).stream()
                    .map(c -> c.textSegment().text()).anyMatch(item::holdsEvidence)) {
                recalled++;
            }
            facts += factsFound ? 1 : 0;
            evidence += evidenceFound ? 1 : 0;
            if (factsFound && evidenceFound) {
                correct++;
            } else {
                misses.add(item.id() + (a.abstained() ? " declined" : !factsFound ? " lacks facts" : " lacks evidence")
                        + ": " + item.question() + " -> " + a.answer());
            }
        }
        return new EvalScore(answerable, facts, evidence, correct, unanswerable, declined, median(words), recalled, k,
                misses);
    }

    static double median(List<Integer> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
