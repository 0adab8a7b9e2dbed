package newsdesk.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;

/** {@code ask [--json] [QUESTION]}: one answer, or with --json and no question, one JSON line per stdin line. */
final class AskCommand implements Command {
    @Override
    public int run(Wiring wiring, List<String> args) throws IOException {
        boolean json = false;
        List<String> words = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.startsWith("--") && words.isEmpty()) {
                throw new UsageException("ask: unknown option " + a);
            } else {
                words.add(a);
            }
        }
        if (words.isEmpty() && !json) {
            throw new UsageException("ask needs a question, e.g. newsdesk ask \"How many hostages died?\" "
                    + "(or --json to read questions from standard input)");
        }
        wiring.prefetchEmbeddingModel();
        Answerer answerer = wiring.answerer();
        if (words.isEmpty()) {
            String line;
            while ((line = wiring.in().readLine()) != null) {
                wiring.out().println(AnswerPrinter.json(answerer.answer(line)));
                wiring.out().flush();
            }
            return 0;
        }
        Answer answer = answerer.answer(String.join(" ", words));
        if (json) {
            wiring.out().println(AnswerPrinter.json(answer));
        } else {
            AnswerPrinter.human(answer, wiring.out());
        }
        return 0;
    }
}
