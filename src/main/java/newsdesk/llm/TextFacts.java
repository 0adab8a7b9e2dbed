package newsdesk.llm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import newsdesk.text.Lexicon;
import newsdesk.text.ModalVerbs;
import newsdesk.text.NumberWords;
import newsdesk.text.Polarity;
import newsdesk.text.ReportingWords;
import newsdesk.text.Token;
import newsdesk.text.Words;

/**
 * A claim or a source sentence read for checking, with the project's tokenizer: its words, their clauses and
 * polarity, its numbers (digits or words, by value), its names (capitalised words that are not ordinary words at
 * the start of a sentence) and its content words.
 */
final class TextFacts {
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th)");

    final String text;
    final List<Token> tokens;
    final int[] clauses;
    final boolean[] negated;
    final List<NumberMention> numbers;
    private final boolean[] inNumber;
    private final boolean[] name;

    TextFacts(String text, Lexicon lexicon) {
        this.text = text;
        this.tokens = Words.tokens(text);
        this.clauses = Polarity.clauses(text, tokens);
        this.negated = Polarity.negated(text, tokens);
        this.inNumber = new boolean[tokens.size()];
        this.numbers = readNumbers();
        this.name = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean startsSentence = i == 0 || startsSentence(i);
            name[i] = t.capitalized() && isContent(i)
                    && (!startsSentence || !lexicon.isCommonWord(WordMatcher.plain(t)));
        }
    }

    boolean isName(int i) {
        return name[i];
    }

    /** The names of the text as runs of adjacent name tokens ("Colin Marsh", "Bluewake Lines"), by token index. */
    List<List<Integer>> nameRuns() {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!name[i]) {
                continue;
            }
            boolean continues = i > 0 && name[i - 1] && clauses[i] == clauses[i - 1]
                    && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).isBlank();
            if (continues) {
                out.get(out.size() - 1).add(i);
            } else {
                out.add(new ArrayList<>(List.of(i)));
            }
        }
        return out;
    }

    boolean isNumber(int i) {
        return inNumber[i];
    }

    /**
     * A word that carries what the sentence says: not a stop word, modal, number, negation particle, attribution or
     * lower-case abbreviation ("e.g.").
     */
    boolean isContent(int i) {
        Token t = tokens.get(i);
        return !t.stopWord() && !ModalVerbs.contains(t.lower()) && !inNumber[i] && !ReportingWords.contains(t)
                && !Polarity.isParticle(tokens, i) && !(t.lower().indexOf('.') > 0 && !t.capitalized())
                && t.lower().chars().anyMatch(Character::isLetter);
    }

    List<Integer> contentIndexes() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (isContent(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The content words of the clause around a token, itself excluded. */
    Set<Integer> clauseContent(int firstToken, int lastToken) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if ((i < firstToken || i > lastToken) && clauses[i] == clauses[firstToken] && isContent(i)) {
                out.add(i);
            }
        }
        return out;
    }

    private boolean startsSentence(int i) {
        String between = text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
        return between.contains(".") || between.contains("!") || between.contains("?") || between.contains("\n");
    }

    private List<NumberMention> readNumbers() {
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String joined = numberPart(tokens.get(i).lower());
            if (joined != null) {
                BigDecimal value = digits(joined) != null ? digits(joined)
                        : BigDecimal.valueOf(NumberWords.value(joined).getAsLong());
                inNumber[i] = true;
                out.add(new NumberMention(Set.of(canonical(value)), i, i));
                i++;
                continue;
            }
            if (!numeric(tokens.get(i).lower())) {
                i++;
                continue;
            }
            int start = i;
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal current = BigDecimal.ZERO;
            BigDecimal written = null;
            boolean scaled = false;
            while (i < tokens.size() && (numeric(tokens.get(i).lower())
                    || (tokens.get(i).lower().equals("and") && i > start && i + 1 < tokens.size()
                    && isWordNumber(tokens.get(i + 1).lower())))) {
                String w = tokens.get(i).lower();
                if (!w.equals("and")) {
                    BigDecimal digits = digits(w);
                    if (digits != null) {
                        if (current.signum() != 0 || written != null) {
                            break;  // "2013 37": two numbers side by side
                        }
                        current = digits;
                        written = digits;
                    } else if (NumberWords.isScale(w)) {
                        BigDecimal scale = BigDecimal.valueOf(NumberWords.value(w).getAsLong());
                        current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(scale);
                        scaled = true;
                        if (scale.compareTo(BigDecimal.valueOf(1000)) >= 0) {
                            total = total.add(current);
                            current = BigDecimal.ZERO;
                        }
                    } else {
                        current = current.add(BigDecimal.valueOf(NumberWords.value(w).getAsLong()));
                    }
                }
                i++;
            }
            for (int k = start; k < i; k++) {
                inNumber[k] = true;
            }
            boolean loneOne = i - start == 1 && tokens.get(start).lower().equals("one");
            boolean vague = i - start == 1 && vaguePlural(tokens.get(start).lower());
            if (!loneOne && !vague) {
                Set<String> values = new LinkedHashSet<>();
                values.add(canonical(total.add(current)));
                if (written != null && scaled) {
                    values.add(canonical(written));
                }
                out.add(new NumberMention(Set.copyOf(values), start, i - 1));
            }
        }
        return out;
    }

    private static boolean numeric(String w) {
        return digits(w) != null || isWordNumber(w);
    }

    /** The number of "six-week" or "20-year-old": a number joined to the word it counts; null for other words. */
    private static String numberPart(String w) {
        int dash = w.indexOf('-');
        if (dash <= 0 || isWordNumber(w)) {
            return null;
        }
        String first = w.substring(0, dash);
        return numeric(first) ? first : null;
    }

    private static boolean isWordNumber(String w) {
        return NumberWords.value(w).isPresent();
    }

    /** "dozens", "hundreds", "thousands": no particular number. */
    private static boolean vaguePlural(String w) {
        if (!w.endsWith("s") || NumberWords.value(w).isEmpty()) {
            return false;
        }
        OptionalLong singular = NumberWords.value(w.substring(0, w.length() - 1));
        return singular.isPresent() && !w.equals(w.substring(0, w.length() - 1));
    }

    private static BigDecimal digits(String w) {
        if (DIGITS.matcher(w).matches()) {
            try {
                return new BigDecimal(w.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        var ordinal = ORDINAL.matcher(w);
        return ordinal.matches() ? new BigDecimal(ordinal.group(1)) : null;
    }

    private static String canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
