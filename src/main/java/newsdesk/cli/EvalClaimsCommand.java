package newsdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsdesk.llm.ClaimChecker;
import newsdesk.llm.Llm;
import newsdesk.llm.LlmSettings;
import newsdesk.text.Lexicon;
import newsdesk.text.Lexicons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval-claims FILE.jsonl [--misses] [--no-lexicon]}: runs the citation check on a claim set ({@link ClaimSet})
 * and prints its confusion matrix for "show this claim": the offline layer's, and with a model configured (and
 * {@code llm.judge} not off) the offline layer followed by the judge.
 */
@Command(name = "eval-claims", description = {"Prints the citation check's confusion matrix on a claim set: the "
        + "offline check, and the judge when a language model is configured.",
        "FILE holds JSON lines: passages (passage, title, source, published, text) and claims citing them "
                + "(id, passage, claim, kind, show)."})
final class EvalClaimsCommand extends WiredCommand {
    @Parameters(paramLabel = "FILE.jsonl", description = "the claim set")
    Path file;

    @Option(names = "--misses", description = "list each wrong decision with its reason")
    boolean misses;

    @Option(names = "--no-lexicon", description = "compare words by stem only, without WordNet (to measure what the "
            + "dictionary adds)")
    boolean noLexicon;

    @Override
    int run(Wiring wiring) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file " + file);
        }
        ClaimSet set = ClaimSet.read(file);
        LlmSettings settings = LlmSettings.from(wiring.config(), wiring.env());
        Lexicon words = noLexicon ? Lexicon.NONE : Lexicons.wordNet();
        ClaimChecker checker = settings.enabled()
                ? Llm.claimChecker(settings, Llm.prompts(wiring.config()), words, wiring.clock())
                : Llm.offlineClaimChecker(words);
        wiring.out().print(evaluate(set, checker).render(misses));
        return 0;
    }

    /** The decisions of the checker on every claim of the set. */
    static Report evaluate(ClaimSet set, ClaimChecker checker) {
        List<ClaimChecker.Item> items = new ArrayList<>();
        for (ClaimSet.Case c : set.cases()) {
            items.add(new ClaimChecker.Item(c.claim(), set.passages().get(c.passage())));
        }
        return new Report(set.cases(), checker.check(items), checker.judges());
    }

    record Report(List<ClaimSet.Case> cases, List<ClaimChecker.Result> results, boolean judged) {
        ConfusionMatrix offline() {
            ConfusionMatrix m = new ConfusionMatrix();
            for (int i = 0; i < cases.size(); i++) {
                m.add(cases.get(i).kind(), cases.get(i).show(), results.get(i).offlineShown());
            }
            return m;
        }

        ConfusionMatrix withJudge() {
            ConfusionMatrix m = new ConfusionMatrix();
            for (int i = 0; i < cases.size(); i++) {
                m.add(cases.get(i).kind(), cases.get(i).show(), results.get(i).shown());
            }
            return m;
        }

        long judgeFailures() {
            return results.stream().filter(r -> r.judgeVerdict() != null && r.judgeVerdict().startsWith("failed")).count();
        }

        String render(boolean misses) {
            StringBuilder sb = new StringBuilder(offline().render("offline layer"));
            if (judged) {
                sb.append('\n').append(withJudge().render("offline layer, then the judge"));
                if (judgeFailures() > 0) {
                    sb.append("  the judge failed on ").append(judgeFailures())
                            .append(" claims (counted as the offline layer decided)\n");
                }
            }
            if (misses) {
                sb.append("\nwrong decisions:\n");
                for (int i = 0; i < cases.size(); i++) {
                    sb.append(miss(cases.get(i), results.get(i)));
                }
            }
            return sb.toString();
        }

        private String miss(ClaimSet.Case c, ClaimChecker.Result r) {
            boolean shown = judged ? r.shown() : r.offlineShown();
            if (shown == c.show()) {
                return "";
            }
            String why = shown ? "quoted: " + r.quote() + (r.judgeVerdict() == null ? "" : " (judge: " + r.judgeVerdict() + ")")
                    : r.offlineReason() != null ? r.offlineReason() : "judge: " + r.judgeVerdict();
            return String.format("  %s [%s] %s: %s%n      %s%n", c.id(), c.kind(), shown ? "shown" : "dropped",
                    c.claim(), why);
        }
    }
}
