package newsdesk.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Initialisms and the names they stand for ("U.S." and "United States", "FBI" and "Federal Bureau of
 * Investigation"), from WordNet ({@code text/abbreviations.txt}), so that a question and a sentence that name the
 * same thing in the two ways still share a word. Both forms get the initialism's letters as their stem.
 */
public final class Abbreviations {
    private static final Map<String, List<List<String>>> NAMES_BY_FIRST_WORD = new HashMap<>();
    private static final Set<String> INITIALISMS = new HashSet<>();

    static {
        WordList.keyed("/text/abbreviations.txt").forEach((letters, names) -> {
            INITIALISMS.add(letters);
            for (String name : names) {
                List<String> words = new ArrayList<>(List.of(letters));
                words.addAll(List.of(name.split("[ \\-]+")));
                NAMES_BY_FIRST_WORD.computeIfAbsent(words.get(1), k -> new ArrayList<>()).add(words);
            }
        });
    }

    private Abbreviations() {
    }

    /** A known initialism as written: capitals, with or without periods ("US", "U.S."), never "us". */
    public static boolean isInitialism(String raw) {
        String letters = raw.replace(".", "");
        return letters.length() >= 2 && letters.chars().allMatch(Character::isUpperCase)
                && INITIALISMS.contains(letters.toLowerCase(Locale.ROOT));
    }

    /** An initialism as written ("US") or a full name made one token by {@link #joined} ("United States"). */
    public static boolean standsForInitialism(Token t) {
        return isInitialism(t.text()) || t.lower().indexOf(' ') >= 0 && INITIALISMS.contains(t.stem());
    }

    /** The initialisms whose full names the tokens spell out, as stems ("United States" gives "us"). */
    public static Set<String> spelledOut(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<String> name = nameAt(tokens, i);
            if (name != null) {
                out.add(name.get(0));
            }
        }
        return out;
    }

    /**
     * The tokens with each full name of an initialism made one token whose stem is the initialism's ("United
     * States" becomes one word, stemmed "us"), so that a question naming it counts it once.
     */
    public static List<Token> joined(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            List<String> name = nameAt(tokens, i);
            if (name == null) {
                out.add(tokens.get(i));
                continue;
            }
            Token first = tokens.get(i);
            Token last = tokens.get(i + name.size() - 2);
            String text = String.join(" ", tokens.subList(i, i + name.size() - 1).stream().map(Token::text).toList());
            out.add(new Token(text, text.toLowerCase(Locale.ROOT), name.get(0), first.start(), last.end(),
                    first.capitalized(), false));
            i += name.size() - 2;
        }
        return out;
    }

    /** The name (initialism first, then its words) that starts at token i, written with capitals, or null. */
    private static List<String> nameAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.capitalized()) {
            return null;
        }
        List<List<String>> names = NAMES_BY_FIRST_WORD.get(t.lower());
        if (names == null) {
            return null;
        }
        List<String> longest = null;
        for (List<String> name : names) {
            if (i + name.size() - 1 <= tokens.size() && spells(tokens, i, name)
                    && (longest == null || name.size() > longest.size())) {
                longest = name;
            }
        }
        return longest;
    }

    private static boolean spells(List<Token> tokens, int i, List<String> name) {
        for (int w = 1; w < name.size(); w++) {
            if (!tokens.get(i + w - 1).lower().equals(name.get(w))) {
                return false;
            }
        }
        return true;
    }
}
