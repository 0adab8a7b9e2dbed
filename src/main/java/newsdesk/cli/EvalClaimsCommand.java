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

/**
 * {@code eval-claims FILE.jsonl [--misses] [--no-lexicon]}: runs the citation check on a claim set ({@link ClaimSet}) and prints its
 * confusion matrix for "show this claim": the offline layer's, and with a model configured (and {@code llm.judge}
 * not off) the offline layer followed by the judge. {@code --misses} lists each wrong decision with its reason;
 * {@code --no-lexicon} compares words by stem only, without WordNet (to measure what the dictionary adds).
 */
final class EvalClaimsCommand implements Command {
    @Override
    public int run(Wiring wiring, List<String> args) throws Exception {
        Path file = null;
        boolean misses = false;
        boolean lexicon = true;
        for (String a : args) {
            if (a.equals("--misses")) {
                misses = true;
            } else if (a.equals("--no-lexicon")) {
                lexicon = false;
            } else if (a.startsWith("--")) {
                throw new UsageException("eval-claims: unknown option " + a);
            } else if (file == null) {
                file = Path.of(a);
            } else {
                throw new UsageException("eval-claims takes one claim file");
            }
        }
        if (file == null) {
            throw new UsageException("eval-claims needs a claim file (JSON lines: passages, and claims citing them)");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException("eval-claims: no such file: " + file);
        }
        ClaimSet set = ClaimSet.read(file);
        LlmSettings settings = LlmSettings.from(wiring.config(), wiring.env());
        Lexicon words = lexicon ? Lexicons.wordNet() : Lexicon.NONE;
        ClaimChecker checker = settings.enabled()
                ? Llm.claimChecker(settings, Llm.prompts(wiring.config()), words, wiring.clock())
                : Llm.offlineClaimChecker(words);
        Report report = evaluate(set, checker);
        wiring.out().print(report.render(misses));
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
                    ClaimSet.Case c = cases.get(i);
                    ClaimChecker.Result r = results.get(i);
                    boolean shown = judged ? r.shown() : r.offlineShown();
                    if (shown != c.show()) {
                        sb.append(String.format("  %s [%s] %s: %s%n      %s%n", c.id(), c.kind(),
                                shown ? "shown" : "dropped", c.claim(),
                                shown ? "quoted: " + r.quote() + (r.judgeVerdict() == null ? "" : " (judge: " + r.judgeVerdict() + ")")
                                        : r.offlineReason() != null ? r.offlineReason() : "judge: " + r.judgeVerdict()));
                    }
                }
            }
            return sb.toString();
        }
    }
}
