package newsdesk.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks: its kind, the words an answer should share with it, and for "how many X" or "who is N"
 * the words the answer must be about.
 *
 * @param terms stems of the question's content words
 * @param target stems of the thing counted ("how many Algerian workers" gives algerian, worker), or of the name
 *               being defined; empty when none
 * @param category for "which companies ...": the stem of the category noun (an answer need not repeat it)
 * @param focus for "what is the population of X": the stem of the thing asked about, which an answer must mention;
 *              null when the question has no such head noun, or it is a frame word ("the name of", "the cause of")
 */
record QuestionAnalysis(String text, QuestionKind kind, List<String> terms, List<String> target, String category,
                        String focus) {

    private static final Set<String> AUXILIARIES = Set.of(
            "is", "are", "was", "were", "did", "do", "does", "have", "has", "had", "will", "would", "could", "can",
            "should", "may", "might", "been", "be");
    private static final Set<String> PLACE_CATEGORIES = Set.of(
            "country", "countri", "citi", "city", "town", "border", "region", "villag", "village", "place", "locat",
            "state", "provinc", "capit", "nation");
    private static final Set<String> TIME_WORDS = Set.of("time", "day", "date", "year", "month", "hour");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:so|and|but|ok|okay|then|also|please|hey|tell me|can you tell me|do you know)[, ]+)*", Pattern.CASE_INSENSITIVE);

    static QuestionAnalysis of(String question) {
        String q = LEADING.matcher(question.strip()).replaceFirst("");
        String lower = q.toLowerCase(Locale.ROOT);
        List<Token> tokens = Words.tokens(q);
        // "take place" is a verb; "place" in it names nothing an answer must repeat
        List<String> terms = Words.contentStems(q.replaceAll("(?i)\\b(take|takes|took|taken|taking) place\\b", "$1"));
        QuestionKind kind = QuestionKind.GENERAL;
        List<String> target = List.of();
        String category = null;

        if (lower.matches("(?s).*\\bhow (many|much)\\b.*") || lower.matches("(?s).*\\b(what|which) (number|percentage|share|amount)\\b.*")) {
            kind = QuestionKind.COUNT;
            target = phraseAfter(tokens, Set.of("many", "much", "number", "percentage", "amount"));
            if (!target.isEmpty() && TIME_WORDS.contains(target.get(target.size() - 1))
                    || target.stream().anyMatch(t -> Words.TIME_UNITS.contains(t) || Words.TIME_UNITS.contains(t + "s"))) {
                kind = QuestionKind.DURATION;
            }
        } else if (lower.matches("(?s).*\\bhow long\\b.*")) {
            kind = QuestionKind.DURATION;
            terms = terms.stream().filter(t -> !t.equals("long")).toList();
        } else if (lower.matches("(?s)^\\s*when\\b.*") || lower.matches("(?s).*\\b(what|which) (time|day|date|year|month)\\b.*")
                || lower.matches("(?s).*\\bon what (day|date)\\b.*")) {
            kind = QuestionKind.TIME;
        } else if (lower.matches("(?s)^\\s*where\\b.*") || lower.matches("(?s).*\\bin what (country|city|town|place)\\b.*")) {
            kind = QuestionKind.PLACE;
        } else if (lower.matches("(?s)^\\s*why\\b.*") || lower.matches("(?s).*\\b(what|which) (reason|motive|caused|prompted|led)\\b.*")
                || lower.matches("(?s).*\\bfor what reason\\b.*")) {
            kind = QuestionKind.REASON;
        } else if (lower.matches("(?s)^\\s*who\\b.*")) {
            List<Token> rest = afterFirst(tokens, "who");
            boolean definition = !rest.isEmpty() && AUXILIARIES.contains(rest.get(0).text().toLowerCase(Locale.ROOT))
                    && rest.size() >= 2 && rest.subList(1, rest.size()).stream().allMatch(Token::capitalized);
            if (definition) {
                kind = QuestionKind.DEFINITION;
                target = rest.subList(1, rest.size()).stream().map(Token::stem).toList();
            } else {
                kind = QuestionKind.PERSON;
            }
        } else if (lower.matches("(?s).*\\bwhat (did|does|do|has|have) .+ (say|said|tell|state|announce|claim)\\b.*")
                || lower.matches("(?s).*\\bwhat was said\\b.*")) {
            kind = QuestionKind.STATEMENT;
            target = phraseAfter(tokens, Set.of("about", "regarding", "concerning"));
        } else {
            Matcher which = Pattern.compile("\\b(which|what)\\s+([\\p{L}-]+)").matcher(lower);
            if (which.find() && !AUXILIARIES.contains(which.group(2)) && !Words.STOP.contains(which.group(2))) {
                category = Words.stem(which.group(2));
                kind = PLACE_CATEGORIES.contains(category) || PLACE_CATEGORIES.contains(which.group(2))
                        ? QuestionKind.PLACE : QuestionKind.ENTITY;
            }
        }
        return new QuestionAnalysis(q, kind, terms, target, category, focus(lower));
    }

    private static final Pattern FOCUS = Pattern.compile(
            "^(?:what|who|which)\\s+(?:is|was|are|were|will be|has been|had been)\\s+(?:the|a|an)\\s+"
                    + "((?:[\\p{L}-]+\\s+)?[\\p{L}-]+)\\s+(?:of|for|in|on|at|behind|about|to|from|between|with|during)\\b");
    private static final Set<String> FRAME_WORDS = Set.of(
            "name", "number", "cause", "reason", "purpose", "role", "status", "result", "outcome", "impact", "effect",
            "response", "reaction", "situation", "latest", "news", "story", "difference", "meaning", "significance",
            "point", "nature", "extent", "size", "scale", "amount", "total", "level", "state", "background", "context",
            "source", "date", "time", "day", "year", "place", "location", "identity", "view", "position", "goal", "aim");

    private static final Pattern OF_THE = Pattern.compile("^\\s*(?:the|a|an|its|their|his|her)?\\s*([\\p{L}-]+)");

    private static String focus(String lower) {
        Matcher m = FOCUS.matcher(lower);
        if (!m.find()) {
            return null;
        }
        String[] words = m.group(1).split("\\s+");
        String head = words[words.length - 1];
        if (FRAME_WORDS.contains(head)) {
            // "the name of the mayor": what is asked about comes after the frame word
            Matcher after = OF_THE.matcher(lower.substring(m.end()));
            if (!after.find()) {
                return null;
            }
            head = after.group(1);
        }
        if (FRAME_WORDS.contains(head) || Words.STOP.contains(head)) {
            return null;
        }
        return Lexicon.canonical(Words.stem(head));
    }

    /** The content-word stems right after one of the given words, up to the next auxiliary verb or stop word. */
    private static List<String> phraseAfter(List<Token> tokens, Set<String> anchors) {
        List<String> out = new ArrayList<>();
        boolean started = false;
        for (Token t : tokens) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (!started) {
                started = anchors.contains(lower);
                continue;
            }
            if (AUXILIARIES.contains(lower) || (Words.STOP.contains(lower) && !out.isEmpty())) {
                break;
            }
            if (!Words.STOP.contains(lower)) {
                out.addAll(Words.parts(t));
            }
        }
        return out;
    }

    private static List<Token> afterFirst(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equalsIgnoreCase(word)) {
                return tokens.subList(i + 1, tokens.size());
            }
        }
        return List.of();
    }
}
