package newsdesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsdesk.answer.Answer;
import newsdesk.answer.Question;
import newsdesk.answer.Turn;
import newsdesk.article.StoredArticle;
import picocli.CommandLine.Command;

/**
 * {@code console}: a local channel for trying the bot without Discord. A plain line is a question (follow-ups use
 * the conversation so far), {@code /ask}, {@code /sources}, {@code /help} behave as on Discord; Ctrl-D ends it.
 */
@Command(name = "console", description = {"A local chat channel: a plain line is a question (follow-ups use the "
        + "conversation), /ask, /sources, /help; Ctrl-D leaves."})
final class ConsoleCommand extends WiredCommand {
    static final String HELP = """
            Ask about the stored news and get a short answer with numbered sources.
              QUESTION            ask (follow-ups like "why did they do it?" use the conversation)
              /ask QUESTION       the same, starting a new conversation
              /sources [QUERY]    the stored articles (or those whose title or source matches)
              /history            the questions of this conversation (arrow keys recall earlier lines)
              /new                forget the conversation
              /help               this text
              /quit or Ctrl-D     leave""";

    @Override
    int run(Wiring wiring) throws IOException {
        PrintStream out = wiring.out();
        List<Turn> conversation = new ArrayList<>();
        if (wiring.interactive()) {
            wiring.err().println("Newsdesk console. /help for commands, Ctrl-D to leave.");
        }
        wiring.prefetchEmbeddingModel();
        wiring.answerer();
        try (ConsoleInput input = wiring.interactive()
                ? ConsoleInput.terminal(wiring.dataDir().resolve("console-history"))
                : ConsoleInput.plain(wiring.in(), wiring.err(), false)) {
            return converse(wiring, input, out, conversation);
        }
    }

    private static int converse(Wiring wiring, ConsoleInput input, PrintStream out, List<Turn> conversation)
            throws IOException {
        while (true) {
            String line = input.readLine();
            if (line == null) {
                return 0;
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.equals("/quit") || lower.equals("/exit")) {
                return 0;
            } else if (lower.equals("/help")) {
                out.println(HELP);
            } else if (lower.equals("/new")) {
                conversation.clear();
                out.println("(new conversation)");
            } else if (lower.equals("/history")) {
                for (int i = 0; i < conversation.size(); i++) {
                    out.println((i + 1) + ". " + conversation.get(i).question());
                }
            } else if (lower.equals("/sources") || lower.startsWith("/sources ")) {
                sources(wiring, line.substring("/sources".length()).strip(), out);
            } else if (lower.equals("/ask") || lower.startsWith("/ask ")) {
                conversation.clear();
                ask(wiring, line.substring("/ask".length()).strip(), conversation, out);
            } else if (line.startsWith("/")) {
                out.println("Unknown command " + line.split("\\s+")[0] + ". Try /help.");
            } else {
                ask(wiring, line, conversation, out);
            }
            out.println();
            out.flush();
        }
    }

    private static void ask(Wiring wiring, String text, List<Turn> conversation, PrintStream out) {
        Answer answer = wiring.answerer().answer(new Question(text, conversation));
        AnswerPrinter.human(answer, out);
        if (!answer.abstained()) {
            conversation.add(new Turn(text, answer.answer()));
        }
    }

    private static void sources(Wiring wiring, String query, PrintStream out) {
        String q = query.toLowerCase(Locale.ROOT);
        List<StoredArticle> matching = wiring.answeringIndex().articles().stream()
                .filter(s -> q.isEmpty() || s.article().title().toLowerCase(Locale.ROOT).contains(q)
                        || (s.article().source() != null && s.article().source().toLowerCase(Locale.ROOT).contains(q)))
                .sorted((a, b) -> a.article().title().compareToIgnoreCase(b.article().title()))
                .toList();
        if (matching.isEmpty()) {
            out.println(q.isEmpty() ? "No articles stored." : "No stored article matches \"" + query + "\".");
            return;
        }
        for (StoredArticle s : matching) {
            var a = s.article();
            StringBuilder line = new StringBuilder("- ").append(a.title());
            if (a.source() != null) line.append(" — ").append(a.source());
            if (a.published() != null) line.append(", ").append(a.published());
            if (a.url() != null) line.append(" <").append(a.url()).append('>');
            out.println(line);
        }
    }
}
