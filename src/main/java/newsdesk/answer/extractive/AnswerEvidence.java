package newsdesk.answer.extractive;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How strongly a sentence holds the kind of answer a question asks for, from 0 (not at all) to 1, looking only
 * at words the question does not already contain.
 */
final class AnswerEvidence {
    private static final Pattern REASON = Pattern.compile(
            "\\b(because|since|due to|in response to|in retaliation|as a result|in order to|so that|to prevent|to avoid"
                    + "|aimed at|aimed to|reason|caused by|motivated|blamed|prompted|led to|after|following)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATEMENT = Pattern.compile(
            "[\"“”]|\\b(said|says|told|stated|statement|announced|declared|added|warned|quoted)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AMOUNT = Pattern.compile(
            "[$€£¥]\\s?\\d|\\d\\s?(%|percent|per cent)|\\d[\\d,.]*\\s?(million|billion|bn|m|k)?\\s?(dollars|euros|pounds|yen|francs|usd|eur|gbp)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}(:\\d{2})?\\s?(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|\\b\\d{1,2}:\\d{2}\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTATION = Pattern.compile("[\"“”]");

    /** "machine-guns, rocket launchers, missiles and grenades": three or more things listed. */
    private static final Pattern ENUMERATION = Pattern.compile("[\\p{L}-]+(?: [\\p{L}-]+)?, [\\p{L}-]+(?: [\\p{L}-]+)?,? and [\\p{L}-]+");
    private static final Pattern PLACE_PREPOSITION = Pattern.compile(
            "in|at|near|from|across|outside|inside|into|located|based|to|toward|towards|via|through", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PERSON_NOUNS = Set.copyOf(java.util.Arrays.asList(
            "citizen", "worker", "employe", "guard", "offici", "minist", "presid", "spokesman", "spokeswoman",
            "spokesperson", "expert", "soldier", "hostag", "captiv", "man", "woman", "men", "women", "peopl", "person",
            "resid", "nation", "american", "briton", "british", "french", "algerian", "canadian", "japanes",
            "norwegian", "romanian", "malaysian", "leader", "chief", "command", "founder", "member", "journalist",
            "report", "engin", "driver", "polic", "child", "children", "famili", "victim", "survivor",
            "witness", "director", "manag", "head", "governor", "mayor", "senat", "prime", "king",
            "queen", "ambassador", "analyst", "professor", "doctor", "militant", "gunman", "gunmen", "attack"));

    private AnswerEvidence() {
    }

    static double of(QuestionAnalysis q, List<Token> sentence, String text) {
        return switch (q.kind()) {
            case COUNT -> count(q, sentence, text);
            case DURATION -> duration(sentence);
            case TIME -> CLOCK_TIME.matcher(text).find() ? 1.0 : time(q, sentence);
            case PERSON -> person(q, sentence);
            case DEFINITION -> definition(q, sentence);
            case PLACE -> place(q, sentence, text);
            case REASON -> REASON.matcher(text).find() ? 1.0 : 0.0;
            case STATEMENT -> statement(q, sentence, text);
            case ENTITY -> entity(q, sentence, text);
            case GENERAL -> 1.0;
        };
    }

    /**
     * A number that counts the target: "all 32 militants" for "how many militants". For "how much", an amount of
     * money or a percentage also answers ("demanded $4.5 million" for "how much ransom").
     */
    private static double count(QuestionAnalysis q, List<Token> s, String text) {
        double best = q.text().toLowerCase(java.util.Locale.ROOT).contains("how much") && AMOUNT.matcher(text).find() ? 0.8 : 0;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.get(i);
            if (!t.number() || Words.isYear(t) || q.terms().contains(t.stem())) {
                continue;
            }
            if (q.target().isEmpty()) {
                best = Math.max(best, 0.6);
                continue;
            }
            for (int j = i + 1; j < Math.min(s.size(), i + 4); j++) {
                if (q.target().contains(s.get(j).stem()) || Words.parts(s.get(j)).stream().anyMatch(q.target()::contains)) {
                    return 1.0;
                }
            }
        }
        return best;
    }

    /** A sentence that quotes someone ("...," she said). */
    static boolean isQuotation(String text) {
        return QUOTATION.matcher(text).find() && STATEMENT.matcher(text.replaceAll("[\"“”]", "")).find();
    }

    /** A statement, about the subject asked for when the question names one ("what did she say about X"). */
    private static double statement(QuestionAnalysis q, List<Token> s, String text) {
        if (!STATEMENT.matcher(text).find()) {
            return 0.0;
        }
        if (q.target().isEmpty()) {
            return 1.0;
        }
        return s.stream().anyMatch(t -> q.target().contains(t.stem())) ? 1.0 : 0.3;
    }

    private static double duration(List<Token> s) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.get(i);
            String lower = t.lower();
            int dash = lower.indexOf('-');
            if (dash > 0 && t.number() && Words.TIME_UNITS.contains(lower.substring(dash + 1))) {
                return 1.0;
            }
            if (t.number() && i + 1 < s.size() && Words.TIME_UNITS.contains(s.get(i + 1).lower())) {
                return 1.0;
            }
        }
        return 0.0;
    }

    private static double time(QuestionAnalysis q, List<Token> s) {
        for (Token t : s) {
            if (q.terms().contains(t.stem())) {
                continue;
            }
            if (Words.WEEKDAYS_AND_MONTHS.contains(t.lower()) || Words.isYear(t)) {
                return 1.0;
            }
        }
        return 0.0;
    }

    private static double person(QuestionAnalysis q, List<Token> s) {
        double best = 0;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.get(i);
            if (q.terms().contains(t.stem())) {
                continue;
            }
            if (t.capitalized() && i > 0 && !Words.STOP.contains(t.lower())) {
                best = Math.max(best, i + 1 < s.size() && s.get(i + 1).capitalized() ? 1.0 : 0.7);
            } else if (PERSON_NOUNS.contains(t.stem())) {
                best = Math.max(best, 0.7);
            }
        }
        return best;
    }

    /** "Who is John Thompson?": the sentence names them and says more than the name. */
    private static double definition(QuestionAnalysis q, List<Token> s) {
        long named = s.stream().filter(t -> q.target().contains(t.stem())).count();
        if (named == 0) {
            return 0.0;
        }
        long other = s.stream().filter(t -> !q.target().contains(t.stem()) && !Words.STOP.contains(t.lower())).count();
        return other >= 3 ? 1.0 : 0.3;
    }

    /**
     * A proper name after "in", "at", "to the port of"... is a place (1); a common noun there ("in its engine room")
     * may be (0.5), and so may a proper name anywhere else (0.4).
     */
    private static double place(QuestionAnalysis q, List<Token> s, String text) {
        double best = 0;
        for (int i = 1; i < s.size(); i++) {
            Token t = s.get(i);
            if (q.terms().contains(t.stem()) || Words.STOP.contains(t.lower()) || Words.WEEKDAYS_AND_MONTHS.contains(t.lower())) {
                continue;
            }
            boolean afterPreposition = false;
            for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
                if (PLACE_PREPOSITION.matcher(s.get(j).lower()).matches()) {
                    afterPreposition = true;
                    break;
                }
                if (s.get(j).capitalized() || s.get(j).number()) {
                    break;
                }
            }
            if (t.capitalized()) {
                best = Math.max(best, afterPreposition ? 1.0 : 0.4);
            } else if (afterPreposition && !t.number()) {
                best = Math.max(best, 0.5);
            }
        }
        return best;
    }

    /** "Which companies ...": proper names the question does not contain. */
    private static double entity(QuestionAnalysis q, List<Token> s, String text) {
        int names = 0;
        for (int i = 1; i < s.size(); i++) {
            Token t = s.get(i);
            if (t.capitalized() && !q.terms().contains(t.stem()) && !Words.STOP.contains(t.lower())
                    && !Words.WEEKDAYS_AND_MONTHS.contains(t.lower())) {
                names++;
            }
        }
        boolean namesCategory = q.category() != null && s.stream().anyMatch(t -> t.stem().equals(q.category()));
        if (names >= 2 || ENUMERATION.matcher(text).find()) {
            return 1.0;
        }
        if (names == 1) {
            return namesCategory ? 1.0 : 0.7;
        }
        return namesCategory ? 0.5 : 0.2;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
