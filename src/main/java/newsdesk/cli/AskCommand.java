package newsdesk.cli;

import java.io.IOException;
import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ask [--json] [QUESTION]}: one answer, or with --json and no question, one JSON line per stdin line. */
@Command(name = "ask", description = {"Answers a question with cited sources.",
        "With --json and no question, answers each line of standard input with one JSON line, in order."})
final class AskCommand extends WiredCommand {
    @Option(names = "--json", description = "one JSON object on one line (the contract in README.md)")
    boolean json;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "the question (quotes optional)")
    List<String> words = List.of();

    @Override
    int run(Wiring wiring) throws IOException {
        if (words.isEmpty() && !json) {
            throw usage("ask needs a question, e.g. newsdesk ask \"Who is leading the talks?\" "
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
            return Cli.OK;
        }
        Answer answer = answerer.answer(String.join(" ", words));
        if (json) {
            wiring.out().println(AnswerPrinter.json(answer));
        } else {
            AnswerPrinter.human(answer, wiring.out());
        }
        return Cli.OK;
    }
}
