package newsdesk.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import newsdesk.article.Sentence;
import newsdesk.article.SentenceSplitter;
import newsdesk.text.CueWords;
import newsdesk.text.Token;
import newsdesk.text.Words;

/**
 * What a question asks, read from its wording. A news-quiz question often sets the scene first ("Lawmakers passed
 * a wage law this week. What will the hourly wage become?"): the kind of answer comes from the last sentence (the
 * focus), the words that an answer should share come from all of it.
 *
 * @param focus the sentence that asks (the last one), which decides the kind
 * @param stems content-word stems of the whole question, in order, without repeats
 * @param focusStems those of the focus
 * @param askedStems those of the focus that the scene-setting sentences before it do not use: what is asked about
 *                   ("...What is the minimum hourly wage?" after a sentence about the law: wage, hour, minimum)
 * @param wantsLatest the question asks for the latest, final or current state ("the latest death toll")
 * @param counted for "how many X" and its kin, the stems of the first words of X ("how many sailors died": sailor, die), one of which is the thing counted; empty otherwise
 * @param wantsClock the question asks for a time of day ("at what time"), not a date
 * @param category for "which X" and "what X", the stems of the words of X, the kind of thing asked for
 */
record QuestionForm(String text, String focus, AnswerKind kind, List<String> stems, List<String> focusStems,
                    List<String> askedStems, boolean wantsLatest, List<String> counted, boolean wantsClock,
                    List<String> category) {

    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:so|and|but|ok|okay|then|also|please|hey|tell me|can you tell me|do you know)[, ]+)*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile(
            "\\bhow long\\b|\\bhow many (?:seconds|minutes|hours|days|weeks|months|years|decades)\\b");
    private static final Pattern QUANTITY = Pattern.compile(
            "\\bhow (?:many|much|old|far|big|large|tall|high|fast|deep)\\b"
                    + "|\\b(?:what|which) (?:number|percentage|proportion|share|amount|sum|figure|total|rate|price|"
                    + "cost|age|toll|count|value|size|score|margin)\\b"
                    + "|\\b(?:what|which)(?:'s| is| was| are| were| will be) the (?:[\\p{L}-]+ ){0,3}(?:number|toll|count|total|"
                    + "price|cost|rate|percentage|proportion|population|score|age|amount|share|size|figure|tally)\\b");
    private static final Pattern TIME = Pattern.compile(
            "^(?:\\w+ )?when\\b|\\b(?:what|which) (?:day|date|year|month|time|week)\\b|\\bon what (?:day|date)\\b"
                    + "|\\bwhat time\\b");
    private static final Pattern PLACE = Pattern.compile(
            "^(?:\\w+ )?where\\b|\\b(?:in|to|from|at) (?:what|which) (?:country|city|town|state|region|place|island|"
                    + "province|area|county|village|continent|location)\\b|\\b(?:what|which) (?:country|city|town|"
                    + "state|region|place|island|province|county|village|continent|capital|location|nation)\\b");
    private static final Pattern REASON = Pattern.compile(
            "^(?:\\w+ )?why\\b|\\bfor what reason\\b|\\bwhat (?:caused|prompted|led to|triggered|sparked|drove)\\b"
                    + "|\\bwhat (?:is|was|were|are) the (?:reason|cause|motive)s?\\b|\\bhow come\\b");
    private static final Pattern STATEMENT = Pattern.compile(
            "^(?:\\w+ )?(?:what|how)\\b[^?]*\\b(?:did|does|do|has|have|had|will|would)\\b[^?]* (?:say|tell|state|"
                    + "announce|claim|write|warn|argue|add|describe|call|promise|pledge|admit|insist)\\b"
                    + "|\\bwhat was said\\b|\\baccording to\\b.*\\?");
    private static final Pattern COUNTED = Pattern.compile(
            "\\b(?:how (?:many|much)|(?:number|percentage|proportion|share|amount) of)\\s+((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)");
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(?:what|which) (?:time|hour)\\b|\\bhow (?:early|late)\\b");
    private static final Pattern DEFINITION = Pattern.compile(
            "^(?i:who)\\s+(?i:is|was|are|were)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*\\s*\\??$");
    private static final Pattern PERSON = Pattern.compile("^(?:\\w+ )?(?:who|whom|whose)\\b|\\bwho\\b");
    /**
     * Asks for the story itself ("summarize...", "what happened?", "what happened in Brenn?"), not for what happened
     * to someone or when something else did ("what happened to the crew?").
     */
    private static final Pattern SUMMARY = Pattern.compile(
            "\\b(?:summari[sz]e|summary|overview|recap|gist|rundown)\\b|\\btell me about\\b"
                    + "|\\bwhat(?:'s| has)? happened(?:\\s+(?:in|at|on|over|there|here|today|yesterday|so far|"
                    + "this week)\\b[^?]*)?\\s*\\??\\s*$"
                    + "|\\bwhat(?:'s| is) (?:happening|going on)(?:\\s+(?:in|at|on|with|over)\\b[^?]*)?\\s*\\??\\s*$"
                    + "|\\bwhat(?:'s| is) the (?:news|story)\\b"
                    + "|\\bwhat(?:'s| is) the latest(?: (?:on|about|with|in|from)\\b|\\s*\\??$)");
    private static final Pattern NAME = Pattern.compile("\\b(?:which|what)\\s+([\\p{L}-]+)");
    private static final Pattern CATEGORY = Pattern.compile(
            "\\b(?:which|what)\\s+((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)");
    private static final Pattern DEFINITE_CATEGORY = Pattern.compile(
            "\\b(?:which|what|who)(?:'s| is| was| are| were) the\\s+((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)");
    private static final Pattern AUXILIARY = Pattern.compile(
            "is|are|was|were|did|does|do|has|have|had|will|would|could|can|should|may|might");

    static QuestionForm of(String question) {
        String text = LEADING.matcher(question.strip()).replaceFirst("").strip();
        String focus = focusOf(text);
        String lower = focus.toLowerCase(Locale.ROOT).replace('’', '\'');
        AnswerKind kind = kindOf(lower, focus);
        boolean latest = Words.tokens(focus).stream().anyMatch(CueWords.LATEST::contains);
        List<String> focusStems = Words.contentStems(focus);
        List<String> setup = Words.contentStems(text.substring(0, Math.max(0, text.lastIndexOf(focus))));
        List<String> asked = focusStems.stream().filter(s -> !setup.contains(s)).toList();
        return new QuestionForm(text, focus, kind, Words.contentStems(text), focusStems, asked, latest,
                counted(lower), kind == AnswerKind.TIME && CLOCK.matcher(lower).find(), category(lower));
    }

    /**
     * "how many Estonian workers were freed": the first two words of what is counted (estonian, worker); which of
     * them is the noun a word list cannot tell, a number standing by either counts it.
     */
    private static List<String> counted(String lower) {
        var m = COUNTED.matcher(lower);
        List<String> out = new ArrayList<>();
        if (m.find()) {
            for (Token t : Words.tokens(m.group(1))) {
                if (t.stopWord() || out.size() == 2) {
                    break;
                }
                out.add(t.stem());
            }
        }
        return List.copyOf(out);
    }

    /**
     * "which US national park was...": the words after which/what up to a function word (us, nation, park); for
     * "what is the latest death toll", the words after "the" (latest, death, toll).
     */
    private static List<String> category(String lower) {
        var definite = DEFINITE_CATEGORY.matcher(lower);
        var m = definite.find() ? definite : CATEGORY.matcher(lower);
        List<String> out = new ArrayList<>();
        if (m == definite || m.find()) {
            for (Token t : Words.tokens(m.group(1))) {
                if (t.stopWord() || AUXILIARY.matcher(t.lower()).matches()) {
                    break;
                }
                out.add(t.stem());
            }
        }
        return List.copyOf(out);
    }

    /** The last sentence of the question: the one that asks. */
    private static String focusOf(String text) {
        List<Sentence> sentences = SentenceSplitter.split(text);
        if (sentences.size() <= 1) {
            return text;
        }
        return sentences.get(sentences.size() - 1).text();
    }

    private static AnswerKind kindOf(String lower, String focus) {
        if (SUMMARY.matcher(lower).find()) {
            return AnswerKind.SUMMARY;
        }
        if (DURATION.matcher(lower).find()) {
            return AnswerKind.DURATION;
        }
        if (QUANTITY.matcher(lower).find()) {
            return AnswerKind.QUANTITY;
        }
        if (TIME.matcher(lower).find()) {
            return AnswerKind.TIME;
        }
        if (PLACE.matcher(lower).find()) {
            return AnswerKind.PLACE;
        }
        if (REASON.matcher(lower).find()) {
            return AnswerKind.REASON;
        }
        if (STATEMENT.matcher(lower).find()) {
            return AnswerKind.STATEMENT;
        }
        if (DEFINITION.matcher(focus).find()) {
            // "Who is Petra Lind?" asks what she is, which is no name
            return AnswerKind.OTHER;
        }
        if (PERSON.matcher(lower).find()) {
            return AnswerKind.PERSON;
        }
        var which = NAME.matcher(lower);
        if (which.find() && !Words.isStopWord(which.group(1))) {
            return AnswerKind.NAME;
        }
        return AnswerKind.OTHER;
    }

    /** The question's content tokens (for matching names and numbers it already gives). */
    List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        for (Token t : Words.tokens(text)) {
            if (!t.stopWord()) {
                out.add(t);
            }
        }
        return out;
    }
}
