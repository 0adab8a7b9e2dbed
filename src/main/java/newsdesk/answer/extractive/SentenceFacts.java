package newsdesk.answer.extractive;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import newsdesk.text.Abbreviations;
import newsdesk.text.CueWords;
import newsdesk.text.Token;
import newsdesk.text.Words;

/**
 * What one sentence holds, read once per article and kept: its word stems, and which kinds of answer it could give
 * (a number, an amount of money, a date or time, a span of time, a name, a place, a cause, a quotation), word by
 * word, so that the reader can tell whether such a word stands near what the question asks about.
 *
 * @param stems content-word stems
 * @param tokenStems every word's stem, in order
 * @param tokenKinds every word's kinds ({@link #NUMBER}, {@link #TIME}, {@link #NAME}...), in order
 * @param capitalisedShare the share of its words that are capitalised (captions and lists of names run high)
 */
record SentenceFacts(Set<String> stems, String[] tokenStems, byte[] tokenKinds, double capitalisedShare,
                     boolean money, boolean percent, boolean duration, boolean cause, boolean quotation,
                     boolean speech) {
    static final byte NUMBER = 1;
    static final byte TIME = 2;
    static final byte NAME = 4;
    static final byte PLACE = 8;
    static final byte AMOUNT = 16;
    static final byte CLOCK_TIME = 32;
    static final byte SPAN = 64;
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d{2}|\\d{1,2}(?:am|pm|a\\.m|p\\.m)");
    private static final Pattern MERIDIEM = Pattern.compile("a\\.?m\\.?|p\\.?m\\.?|noon|midnight|o'clock");

    static SentenceFacts of(String text) {
        List<Token> tokens = Words.tokens(text);
        Set<String> stems = new HashSet<>();
        String[] tokenStems = new String[tokens.size()];
        byte[] kinds = new byte[tokens.size()];
        boolean money = text.indexOf('$') >= 0 || text.indexOf('€') >= 0 || text.indexOf('£') >= 0
                || text.indexOf('¥') >= 0;
        boolean percent = text.indexOf('%') >= 0;
        boolean duration = false;
        boolean cause = false;
        boolean speech = false;
        int capitalised = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            tokenStems[i] = t.stem().intern();
            if (!t.stopWord()) {
                stems.add(tokenStems[i]);
            }
            if (t.capitalized()) {
                capitalised++;
            }
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            Token before = i > 0 ? tokens.get(i - 1) : null;
            boolean year = isYear(t);
            int dash = t.lower().indexOf('-');
            if (dash > 0 && Words.isNumber(t.lower().substring(0, dash))
                    && CueWords.TIME_UNIT.contains(t.lower().substring(dash + 1))) {
                duration = true;
                kinds[i] |= SPAN;
            }
            boolean clock = CLOCK.matcher(t.lower()).matches();
            if (t.number() && !year && !clock) {
                if (next != null && CueWords.TIME_UNIT.contains(next)) {
                    // "four days" is a span of time, not an amount of what a "how many" question counts
                    duration = true;
                    kinds[i] |= SPAN;
                } else {
                    kinds[i] |= NUMBER;
                }
                if (next != null && (CueWords.CURRENCY.contains(next) || CueWords.PERCENT.contains(next))) {
                    kinds[i] |= AMOUNT;
                    money |= CueWords.CURRENCY.contains(next);
                    percent |= CueWords.PERCENT.contains(next);
                }
                if (before != null && isMoneySign(text, before, t)) {
                    kinds[i] |= AMOUNT;
                }
            }
            if (clock || next != null && t.number() && MERIDIEM.matcher(next.lower()).matches()
                    || MERIDIEM.matcher(t.lower()).matches() && t.lower().length() > 2) {
                kinds[i] |= CLOCK_TIME;
            }
            if (year || clock || CueWords.WEEKDAY.contains(t) || CueWords.RELATIVE_DAY.contains(t)
                    || t.capitalized() && CueWords.MONTH.contains(t)) {
                kinds[i] |= TIME;
            }
            cause |= CueWords.CAUSE.contains(t);
            speech |= CueWords.SPEECH.contains(t);
            if (i > 0 && t.capitalized() && !t.stopWord() && (kinds[i] & TIME) == 0) {
                kinds[i] |= NAME;
                if (CueWords.PLACE_PREPOSITION.contains(before.lower())
                        || i > 1 && (kinds[i - 1] & PLACE) != 0 && before.capitalized()) {
                    kinds[i] |= PLACE;
                }
            }
        }
        boolean quotation = text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0;
        stems.addAll(Abbreviations.spelledOut(tokens));
        return new SentenceFacts(Set.copyOf(stems), tokenStems, kinds,
                tokens.isEmpty() ? 0 : (double) capitalised / tokens.size(), money, percent, duration, cause,
                quotation, speech);
    }

    int words() {
        return tokenStems.length;
    }

    /** The word kinds that answer a question of this kind. */
    static byte answering(AnswerKind kind, boolean clock) {
        return switch (kind) {
            case QUANTITY -> NUMBER | AMOUNT;
            case DURATION -> SPAN;
            case TIME -> clock ? CLOCK_TIME : TIME;
            case PERSON, NAME -> NAME;
            case PLACE -> PLACE;
            case REASON, STATEMENT, SUMMARY, OTHER -> 0;
        };
    }

    /**
     * How clearly the sentence holds the kind of answer asked for, from 0 (not at all) to 1; the question's own
     * names do not count as an answer to it.
     */
    double holds(AnswerKind kind, boolean clock, Set<String> questionStems) {
        return switch (kind) {
            case QUANTITY -> has(NUMBER | AMOUNT, questionStems) || money || percent ? 1 : 0;
            case DURATION -> duration ? 1 : has(NUMBER, questionStems) ? 0.5 : 0;
            case TIME -> has(clock ? CLOCK_TIME : TIME, questionStems) ? 1 : clock && has(TIME, questionStems) ? 0.5 : 0;
            case PERSON, NAME -> has(NAME, questionStems) ? 1 : 0;
            case PLACE -> has(PLACE, questionStems) ? 1 : has(NAME, questionStems) ? 0.5 : 0;
            case REASON -> cause ? 1 : 0;
            case STATEMENT -> quotation ? 1 : speech ? 0.5 : 0;
            case SUMMARY, OTHER -> 0;
        };
    }

    /**
     * True when a word of the answering kind that the question does not already give stands within {@code window}
     * words of one of the asked words ("how many ambulances": "12 ambulances").
     */
    boolean answersNear(AnswerKind kind, boolean clock, Set<String> asked, Set<String> questionStems, int window) {
        byte wanted = answering(kind, clock);
        if (wanted == 0 || asked.isEmpty()) {
            return false;
        }
        for (int i = 0; i < tokenKinds.length; i++) {
            if ((tokenKinds[i] & wanted) == 0 || questionStems.contains(tokenStems[i])) {
                continue;
            }
            for (int j = Math.max(0, i - window); j <= Math.min(tokenStems.length - 1, i + window); j++) {
                if (j != i && asked.contains(tokenStems[j])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A number stands just before the counted thing, or right after it ("23 ambulances", "ambulances: 23"). */
    boolean counts(List<String> counted) {
        for (int i = 0; i < tokenStems.length; i++) {
            if (!counted.contains(tokenStems[i])) {
                continue;
            }
            for (int j = Math.max(0, i - 3); j <= Math.min(tokenStems.length - 1, i + 1); j++) {
                if (j != i && (tokenKinds[j] & (NUMBER | AMOUNT)) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean has(int kinds, Set<String> questionStems) {
        for (int i = 0; i < tokenKinds.length; i++) {
            if ((tokenKinds[i] & kinds) != 0 && !questionStems.contains(tokenStems[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMoneySign(String text, Token before, Token number) {
        String between = text.substring(Math.max(0, number.start() - 2), number.start());
        return between.indexOf('$') >= 0 || between.indexOf('€') >= 0 || between.indexOf('£') >= 0
                || CueWords.CURRENCY.contains(before);
    }

    private static boolean isYear(Token t) {
        String s = t.text();
        return s.length() == 4 && s.chars().allMatch(Character::isDigit) && (s.startsWith("19") || s.startsWith("20"));
    }
}
