package newsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;
import newsdesk.answer.extractive.OfflineAnswerers;
import newsdesk.answer.Citation;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.RetrievalMode;

/**
 * {@code eval FILE.jsonl [--mode hybrid|bm25|vector|all]}: scores a question set. An answerable question counts when
 * every {@code expect} group has an alternative in the answer and some citation quotes one of the {@code evidence}
 * strings; an unanswerable one when the bot declines.
 */
final class EvalCommand implements Command {
    record Item(String id, String question, boolean answerable, List<List<String>> expect, List<String> evidence) {
    }

    record Score(int answerable, int correct, int factsOnly, int unanswerable, int declined, List<String> misses) {
        String summary() {
            return String.format("answerable: %d/%d correct (facts found in %d); unanswerable: %d/%d declined; total %d/%d",
                    correct, answerable, factsOnly, declined, unanswerable, correct + declined, answerable + unanswerable);
        }
    }

    @Override
    public int run(Wiring wiring, List<String> args) throws Exception {
        Path file = null;
        String mode = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--mode") && i + 1 < args.size()) {
                mode = args.get(++i).toLowerCase(Locale.ROOT);
            } else if (a.startsWith("--")) {
                throw new UsageException("eval: unknown option " + a);
            } else if (file == null) {
                file = Path.of(a);
            } else {
                throw new UsageException("eval takes one question file");
            }
        }
        if (file == null) {
            throw new UsageException("eval needs a question file (JSON lines: question, answerable, expect, evidence)");
        }
        List<Item> items = read(file);
        wiring.prefetchEmbeddingModel();
        NewsIndex index = wiring.readyIndex();
        List<String> modes = mode == null ? List.of(index.settings().mode().name().toLowerCase(Locale.ROOT))
                : mode.equals("all") ? List.of("hybrid", "bm25", "vector") : List.of(mode);
        for (String m : modes) {
            RetrievalMode retrievalMode;
            try {
                retrievalMode = RetrievalMode.valueOf(m.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException("eval: --mode must be hybrid, bm25, vector or all");
            }
            Answerer answerer = mode == null ? wiring.answerer()
                    : OfflineAnswerers.offline(index, index.retriever(retrievalMode), wiring.config());
            Score score = score(items, answerer);
            wiring.out().println("[" + m + "] " + score.summary());
            for (String miss : score.misses()) {
                wiring.out().println("  miss " + miss);
            }
        }
        return 0;
    }

    static List<Item> read(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("eval: no such file " + file);
        }
        List<Item> items = new ArrayList<>();
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
                throw new UsageException("eval: " + file + " line " + lineNo + " is not JSON");
            }
            List<List<String>> expect = new ArrayList<>();
            n.path("expect").forEach(group -> {
                List<String> alternatives = new ArrayList<>();
                group.forEach(alt -> alternatives.add(alt.asText()));
                expect.add(alternatives);
            });
            List<String> evidence = new ArrayList<>();
            n.path("evidence").forEach(e -> evidence.add(e.asText()));
            items.add(new Item(n.path("id").asText("line " + lineNo), n.path("question").asText(),
                    n.path("answerable").asBoolean(true), expect, evidence));
        }
        return items;
    }

    static Score score(List<Item> items, Answerer answerer) {
        int answerable = 0, correct = 0, facts = 0, unanswerable = 0, declined = 0;
        List<String> misses = new ArrayList<>();
        for (Item item : items) {
            Answer a = answerer.answer(item.question());
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
            boolean evidenceFound = item.evidence().isEmpty() || a.citations().stream().map(Citation::quote)
                    .map(q -> q.toLowerCase(Locale.ROOT))
                    .anyMatch(q -> item.evidence().stream().anyMatch(e -> q.contains(e.toLowerCase(Locale.ROOT))));
            if (factsFound) {
                facts++;
            }
            if (factsFound && evidenceFound) {
                correct++;
            } else {
                misses.add(item.id() + (a.abstained() ? " declined" : !factsFound ? " lacks facts" : " lacks evidence")
                        + ": " + item.question() + " -> " + a.answer());
            }
        }
        return new Score(answerable, correct, facts, unanswerable, declined, misses);
    }
}
