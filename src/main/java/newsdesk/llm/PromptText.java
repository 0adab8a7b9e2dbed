package newsdesk.llm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Values that fill the prompts' placeholders. */
final class PromptText {
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH);
    /** Keeps quoted text from closing the data block it sits in. */
    private static final Pattern DELIMITER = Pattern.compile("</?\\s*(passages|stories|conversation)\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final int HISTORY_TURNS = 4;
    private static final int HISTORY_ANSWER_CHARS = 600;

    private PromptText() {
    }

    static String today(Clock clock) {
        return LocalDate.now(clock).format(TODAY);
    }

    /** The last few turns, oldest first, as "User:" / "Newsdesk:" lines. */
    static String history(List<Exchange> turns) {
        if (turns.isEmpty()) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder();
        for (Exchange t : turns.subList(Math.max(0, turns.size() - HISTORY_TURNS), turns.size())) {
            String answer = t.answer() == null ? "" : t.answer().strip();
            if (answer.length() > HISTORY_ANSWER_CHARS) {
                answer = answer.substring(0, HISTORY_ANSWER_CHARS) + "...";
            }
            sb.append("User: ").append(oneLine(t.question())).append('\n')
                    .append("Newsdesk: ").append(oneLine(answer)).append('\n');
        }
        return asData(sb.toString().strip());
    }

    /** Text quoted inside a delimited data block of a prompt. */
    static String asData(String text) {
        return DELIMITER.matcher(text).replaceAll("($1)");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
