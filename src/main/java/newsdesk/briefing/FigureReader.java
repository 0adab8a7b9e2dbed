package newsdesk.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counts of people and what happened to them in a sentence: a number followed (within two words) by a noun of a
 * known class, with an outcome word in the same sentence ("12 captives and 18 kidnappers had been killed"); or a
 * number after "death toll" / "number of ... killed" ("the death toll rose to 27"). Synonyms share a class, so
 * "captives" and "hostages" are compared. Words just before a number say whether it is an earlier or later figure.
 */
final class FigureReader {
    private static final Pattern TOKEN = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?|\\p{L}[\\p{L}'’-]*|[,;:()]");

    private static final Map<String, String> SUBJECTS = Map.ofEntries(
            Map.entry("hostage", "hostages"), Map.entry("captive", "hostages"),
            Map.entry("militant", "militants"), Map.entry("kidnapper", "militants"), Map.entry("attacker", "militants"),
            Map.entry("gunman", "militants"), Map.entry("gunmen", "militants"), Map.entry("insurgent", "militants"),
            Map.entry("terrorist", "militants"), Map.entry("hostage-taker", "militants"),
            Map.entry("assailant", "militants"),
            Map.entry("civilian", "civilians"),
            Map.entry("soldier", "soldiers"), Map.entry("troop", "soldiers"), Map.entry("serviceman", "soldiers"),
            Map.entry("servicemen", "soldiers"),
            Map.entry("officer", "police officers"), Map.entry("policeman", "police officers"),
            Map.entry("policemen", "police officers"),
            Map.entry("worker", "workers"), Map.entry("employee", "workers"), Map.entry("dockworker", "workers"),
            Map.entry("docker", "workers"), Map.entry("miner", "workers"),
            Map.entry("people", "people"), Map.entry("person", "people"), Map.entry("resident", "people"),
            Map.entry("citizen", "people"), Map.entry("passenger", "people"), Map.entry("migrant", "people"),
            Map.entry("child", "children"), Map.entry("children", "children"),
            Map.entry("student", "students"), Map.entry("protester", "protesters"), Map.entry("demonstrator", "protesters"));

    private static final Map<String, String> OUTCOMES = Map.ofEntries(
            Map.entry("killed", "killed"), Map.entry("dead", "killed"), Map.entry("died", "killed"),
            Map.entry("die", "killed"), Map.entry("death", "killed"), Map.entry("fatality", "killed"),
            Map.entry("perished", "killed"), Map.entry("slain", "killed"),
            Map.entry("injured", "injured"), Map.entry("wounded", "injured"), Map.entry("hurt", "injured"),
            Map.entry("injury", "injured"),
            Map.entry("missing", "missing"), Map.entry("unaccounted", "missing"),
            Map.entry("freed", "freed"), Map.entry("released", "freed"), Map.entry("rescued", "freed"),
            Map.entry("arrested", "arrested"), Map.entry("detained", "arrested"),
            Map.entry("evacuated", "evacuated"), Map.entry("displaced", "evacuated"),
            Map.entry("strike", "on strike"), Map.entry("striking", "on strike"), Map.entry("walkout", "on strike"));

    private static final Set<String> EARLIER = Set.of("previous", "previously", "earlier", "initial", "initially",
            "original", "originally", "prior", "preliminary", "first");
    private static final Set<String> LATER = Set.of("latest", "now", "rose", "risen", "climbed", "increased",
            "updated", "revised", "new", "rising", "jumped");
    private static final Set<String> TOTAL_WORDS = Set.of("all", "total", "toll", "altogether");
    private static final List<List<String>> QUALIFIERS = List.of(List.of("at", "least"), List.of("more", "than"),
            List.of("fewer", "than"), List.of("less", "than"), List.of("up", "to"), List.of("as", "many", "as"),
            List.of("about"), List.of("around"), List.of("nearly"), List.of("almost"), List.of("some"),
            List.of("over"), List.of("roughly"), List.of("approximately"), List.of("all"));
    private static final Map<String, Long> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
            Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L),
            Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L),
            Map.entry("fourteen", 14L), Map.entry("fifteen", 15L), Map.entry("sixteen", 16L),
            Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L),
            Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L),
            Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L),
            Map.entry("hundred", 100L), Map.entry("dozen", 12L));
    /** Words back from a number in which a tense or total word still applies to it. */
    private static final int WINDOW = 10;

    private FigureReader() {
    }

    /** @param lower the text lower-cased; {@code word} is also folded (plural to singular) */
    private record Token(String text, String lower, String word, int start) {
    }

    static List<Figure> read(String sentence, int sentenceIndex) {
        List<Token> tokens = tokens(sentence);
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Long value = number(tokens.get(i).lower());
            if (value == null) {
                continue;
            }
            Figure f = forward(sentence, tokens, i, value, sentenceIndex);
            if (f == null) {
                f = afterToll(tokens, i, value, sentenceIndex);
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** "at least 23 hostages ... dead": the noun within two words after the number, the outcome anywhere in the sentence. */
    private static Figure forward(String sentence, List<Token> tokens, int at, long value, int sentenceIndex) {
        for (int j = at + 1; j <= Math.min(at + 3, tokens.size() - 1); j++) {
            String w = tokens.get(j).word();
            String subject = SUBJECTS.get(w);
            if (subject != null) {
                String outcome = nearestOutcome(tokens, at, j);
                if (outcome == null) {
                    return null;
                }
                int from = qualifierStart(tokens, at);
                String phrase = sentence.substring(tokens.get(from).start(),
                        tokens.get(j).start() + tokens.get(j).text().length());
                boolean total = isTotalQualifier(tokens, from, at) || hasTotalWord(tokens, at);
                return new Figure(value, phrase, subject, outcome, tense(tokens, from), total, sentenceIndex);
            }
            if (isBreak(w) || number(tokens.get(j).lower()) != null || w.equals("and") || w.equals("or")) {
                return null;
            }
        }
        return null;
    }

    /** "the death toll ... rose to 27", "the number of people killed at 14". */
    private static Figure afterToll(List<Token> tokens, int at, long value, int sentenceIndex) {
        String subject = null;
        String outcome = null;
        boolean toll = false;
        for (int j = at - 1; j >= Math.max(0, at - WINDOW - 4); j--) {
            String w = tokens.get(j).word();
            if (isBreak(w)) {
                break;
            }
            if (w.equals("toll") || (w.equals("number") && j + 1 < at && tokens.get(j + 1).word().equals("of"))) {
                toll = true;
            }
            subject = subject == null ? SUBJECTS.get(w) : subject;
            outcome = outcome == null ? OUTCOMES.get(w) : outcome;
        }
        if (!toll || outcome == null) {
            return null;
        }
        int from = qualifierStart(tokens, at);
        String phrase = String.join(" ", tokens.subList(from, at + 1).stream().map(Token::text).toList());
        return new Figure(value, phrase, subject == null ? "people" : subject, outcome, tense(tokens, from), true,
                sentenceIndex);
    }

    /** The outcome word nearest the figure in the sentence; one between number and noun ("two missing citizens") is nearest. */
    private static String nearestOutcome(List<Token> tokens, int number, int noun) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < tokens.size(); k++) {
            String outcome = OUTCOMES.get(tokens.get(k).word());
            if (outcome == null) {
                continue;
            }
            int distance = k < number ? number - k : k > noun ? k - noun : 0;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = outcome;
            }
        }
        return best;
    }

    /** The nearest tense word before the figure, within the window and its clause. */
    private static Figure.Tense tense(List<Token> tokens, int from) {
        for (int j = from - 1; j >= Math.max(0, from - WINDOW); j--) {
            String w = tokens.get(j).lower();
            if (isBreak(w) && !w.equals(",")) {
                break;
            }
            if (EARLIER.contains(w)) {
                return Figure.Tense.EARLIER;
            }
            if (LATER.contains(w)) {
                return Figure.Tense.LATER;
            }
        }
        return Figure.Tense.PLAIN;
    }

    private static boolean isTotalQualifier(List<Token> tokens, int from, int at) {
        String q = String.join(" ", tokens.subList(from, at).stream().map(Token::word).toList());
        return q.equals("at least") || q.equals("all");
    }

    private static boolean hasTotalWord(List<Token> tokens, int at) {
        for (int j = at - 1; j >= Math.max(0, at - WINDOW); j--) {
            if (TOTAL_WORDS.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private static int qualifierStart(List<Token> tokens, int at) {
        for (List<String> q : QUALIFIERS) {
            int from = at - q.size();
            if (from < 0) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < q.size(); k++) {
                matches &= tokens.get(from + k).word().equals(q.get(k));
            }
            if (matches) {
                return from;
            }
        }
        return at;
    }

    private static boolean isBreak(String w) {
        return w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")") || w.equals(",");
    }

    static Long number(String word) {
        if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
            String digits = word.replace(",", "");
            if (digits.contains(".")) {
                return null;
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        int dash = word.indexOf('-');
        if (dash > 0) {
            Long tens = NUMBER_WORDS.get(word.substring(0, dash));
            Long units = NUMBER_WORDS.get(word.substring(dash + 1));
            return tens != null && units != null && tens >= 20 && tens % 10 == 0 && units < 10 ? tens + units : null;
        }
        return NUMBER_WORDS.get(word);
    }

    private static List<Token> tokens(String sentence) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            String text = m.group();
            String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
            String word = Character.isLetter(lower.charAt(0)) ? Terms.fold(stripPossessive(lower)) : lower;
            out.add(new Token(text, lower, word, m.start()));
        }
        return out;
    }

    private static String stripPossessive(String w) {
        return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }
}
