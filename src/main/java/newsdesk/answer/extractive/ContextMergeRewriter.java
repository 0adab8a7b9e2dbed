package newsdesk.answer.extractive;

import java.util.List;
import newsdesk.answer.Question;
import newsdesk.answer.QuestionRewriter;
import newsdesk.answer.Turn;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offline follow-up resolver: when a question leans on the conversation (a pronoun, or too few words of its
 * own), the content words of the previous question are added to it, so retrieval finds what "they" or "it" means.
 */
final class ContextMergeRewriter implements QuestionRewriter {
    private static final Pattern REFERS_BACK = Pattern.compile(
            "\\b(they|them|their|theirs|it|its|he|him|his|she|her|hers|that|this|those|these|there|then|the same|"
                    + "the attack|the group|the plant|the crisis|the company|the event|the story)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> CONTINUATIONS = Set.of("and", "what about", "how about", "also", "why", "when", "where");

    @Override
    public String standalone(Question question) {
        List<Turn> history = question.history();
        String text = question.text().strip();
        if (history.isEmpty() || text.isEmpty()) {
            return text;
        }
        if (!leansOnContext(text)) {
            return text;
        }
        String previous = history.get(history.size() - 1).question();
        List<String> own = Words.contentStems(text);
        StringBuilder merged = new StringBuilder(text);
        for (Token t : Words.tokens(previous)) {
            if (!Words.STOP.contains(t.lower()) && !own.contains(t.stem())) {
                merged.append(' ').append(t.text());
            }
        }
        return merged.toString();
    }

    static boolean leansOnContext(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (REFERS_BACK.matcher(lower).find()) {
            return true;
        }
        for (String c : CONTINUATIONS) {
            if (lower.startsWith(c + " ")) {
                return true;
            }
        }
        return Words.contentStems(text).size() <= 2;
    }
}
