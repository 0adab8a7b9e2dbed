package newsdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into sentences for news prose. Every line break ends a sentence, so headings and short lines stand
 * alone. Within a line a sentence ends at {@code . ? ! …} (plus any closing quotes or brackets, which belong to it)
 * when the next word starts like a sentence; abbreviations, initials, decimals and quotes followed by their
 * attribution ({@code "Stop!" Smith said.}) do not end one. A sentence with no boundary for more than
 * {@value #MAX_SENTENCE_CHARS} characters is cut after a semicolon, else a comma, else at a space.
 *
 * <p>Each sentence's text is exactly {@code text.substring(start, end)}, without surrounding whitespace.
 */
public final class SentenceSplitter {
    public static final int MAX_SENTENCE_CHARS = 600;

    private static final Pattern DOTTED = Pattern.compile("(\\p{L}{1,2}\\.)+\\p{L}{1,2}");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void splitLine(String text, int from, int to, List<Sentence> out) {
        int sentenceStart = from;
        int i = from;
        while (i < to) {
            if (!isTerminal(text.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < to && isTerminal(text.charAt(runEnd))) {
                runEnd++;
            }
            int closeEnd = runEnd;
            while (closeEnd < to && isCloser(text.charAt(closeEnd))) {
                closeEnd++;
            }
            if (endsSentence(text, from, to, i, runEnd, closeEnd)) {
                emit(text, sentenceStart, closeEnd, out);
                sentenceStart = closeEnd;
            }
            i = closeEnd;
        }
        emit(text, sentenceStart, to, out);
    }

    /**
     * Whether the terminal run {@code [i, runEnd)}, followed by closers up to {@code closeEnd}, ends a sentence.
     */
    private static boolean endsSentence(String text, int lineStart, int lineEnd, int i, int runEnd, int closeEnd) {
        if (closeEnd >= lineEnd || isWideTerminal(text.charAt(runEnd - 1))) {
            return true;
        }
        if (!isSpace(text.charAt(closeEnd))) {
            return false; // 3.5, example.com, "Yahoo!Inc"
        }
        int next = closeEnd;
        while (next < lineEnd && isSpace(text.charAt(next))) {
            next++;
        }
        if (next >= lineEnd) {
            return true;
        }
        if (!startsLikeSentence(text, next, lineEnd)) {
            return false;
        }
        String nextWord = wordAt(text, next, lineEnd);
        boolean closedQuote = closeEnd > runEnd;
        if (closedQuote) {
            return !attributionFollows(text, next, lineEnd);
        }
        boolean singlePeriod = runEnd - i == 1 && text.charAt(i) == '.';
        if (!singlePeriod) {
            return true;
        }
        int tokenStart = i;
        while (tokenStart > lineStart && !isSpace(text.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        while (tokenStart < i && isOpener(text.charAt(tokenStart))) {
            tokenStart++;
        }
        String token = text.substring(tokenStart, i);
        return periodEndsSentence(token, firstWordOfLine(text, lineStart, tokenStart), nextWord);
    }

    private static boolean periodEndsSentence(String token, boolean firstWordOfLine, String nextWord) {
        if (token.isEmpty()) {
            return true;
        }
        boolean nextIsNumber = !nextWord.isEmpty() && Character.isDigit(nextWord.charAt(0));
        if (firstWordOfLine && token.length() <= 3 && token.chars().allMatch(Character::isDigit)) {
            return false; // "1. " numbering a list item
        }
        if (token.codePointCount(0, token.length()) == 1 && Character.isUpperCase(token.codePointAt(0))) {
            return false; // an initial: "J. Smith", "John F. Kennedy"
        }
        if (Abbreviations.BEFORE_NAME.contains(token)) {
            return false;
        }
        if (Abbreviations.BEFORE_NUMBER.contains(token.toLowerCase(Locale.ROOT))) {
            return !nextIsNumber;
        }
        if (token.equalsIgnoreCase("a.m") || token.equalsIgnoreCase("p.m")) {
            return !nextIsNumber && !Abbreviations.AFTER_TIME_OF_DAY.contains(nextWord);
        }
        if (Abbreviations.USUALLY_INSIDE.contains(token) || DOTTED.matcher(token).matches()) {
            // "U.S. President Barack Obama" goes on; "sanctions against the U.S. The move..." does not
            return Abbreviations.SENTENCE_OPENERS.contains(nextWord);
        }
        return true;
    }

    /** {@code "We will win." Interior Minister Jane Smith said.}: capitalised words, then a verb of speech. */
    private static boolean attributionFollows(String text, int from, int lineEnd) {
        int at = from;
        for (int words = 0; words < 6 && at < lineEnd; words++) {
            int end = at;
            while (end < lineEnd && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\''
                    || text.charAt(end) == '’' || text.charAt(end) == '-')) {
                end++;
            }
            if (end == at) {
                return false;
            }
            String word = text.substring(at, end);
            if (Abbreviations.SPEECH_VERBS.contains(word)) {
                return words > 0;
            }
            if (!Character.isUpperCase(word.charAt(0)) || (words == 0 && Abbreviations.SENTENCE_OPENERS.contains(word))) {
                return false;
            }
            if (end < lineEnd && text.charAt(end) == '.' && end + 1 < lineEnd && isSpace(text.charAt(end + 1))
                    && end - at <= 4) {
                end++; // "Gen. Smith said"
            }
            if (end >= lineEnd || !isSpace(text.charAt(end))) {
                return false;
            }
            at = end;
            while (at < lineEnd && isSpace(text.charAt(at))) {
                at++;
            }
        }
        return false;
    }

    private static boolean startsLikeSentence(String text, int at, int lineEnd) {
        int i = at;
        while (i < lineEnd && isOpener(text.charAt(i))) {
            i++;
        }
        if (i >= lineEnd) {
            return false;
        }
        int c = text.codePointAt(i);
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c)
                || (Character.isLetter(c) && !Character.isLowerCase(c)); // scripts without case
    }

    private static String wordAt(String text, int at, int lineEnd) {
        int start = at;
        while (start < lineEnd && isOpener(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < lineEnd && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean firstWordOfLine(String text, int lineStart, int tokenStart) {
        for (int k = lineStart; k < tokenStart; k++) {
            if (!isSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Adds {@code [from, to)} without surrounding whitespace, cut into pieces if it is too long. */
    private static void emit(String text, int from, int to, List<Sentence> out) {
        int start = from;
        int end = to;
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_SENTENCE_CHARS) {
            int cut = cutPoint(text, start, start + MAX_SENTENCE_CHARS);
            emit(text, start, cut, out);
            start = cut;
            while (start < end && isSpace(text.charAt(start))) {
                start++;
            }
        }
        if (start < end) {
            out.add(new Sentence(start, end, text.substring(start, end)));
        }
    }

    /** Where to cut an over-long sentence before {@code limit}: after a ';', else after a ',', else at a space. */
    private static int cutPoint(String text, int start, int limit) {
        int earliest = start + MAX_SENTENCE_CHARS / 3;
        for (char mark : new char[] {';', ','}) {
            for (int k = limit - 1; k >= earliest; k--) {
                if (text.charAt(k) == mark) {
                    return k + 1;
                }
            }
        }
        for (int k = limit - 1; k > start; k--) {
            if (isSpace(text.charAt(k))) {
                return k;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '?' || c == '!' || c == '…' || c == '‽' || isWideTerminal(c);
    }

    /** CJK full stops, which need no space after them. */
    private static boolean isWideTerminal(char c) {
        return c == '。' || c == '！' || c == '？';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == '›' || c == ')' || c == ']'
                || c == '」' || c == '』';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '«' || c == '‹' || c == '„' || c == '('
                || c == '[' || c == '¿' || c == '¡' || c == '「' || c == '『';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
