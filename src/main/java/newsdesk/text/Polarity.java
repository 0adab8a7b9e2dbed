package newsdesk.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which words of a sentence are said not to hold. A negation particle ({@code text/negation-particles.txt}: "not",
 * "never", "no"...) negates the words after it up to the end of its clause; a negation verb
 * ({@code text/negation-verbs.txt}: "refused to", "denied", "ruled out"...) turns the polarity of what follows it, so
 * "had not been ruled out" leaves what follows asserted, and the verb itself carries the polarity before it (it is
 * negated in "not ruled out"). A second particle ("neither... nor") keeps the clause negated. Clauses end at
 * punctuation and at the words of {@code text/clause-breaks.txt} ("but", "while"...).
 */
public final class Polarity {
    private static final List<List<String>> PARTICLES = cues("/text/negation-particles.txt");
    private static final List<List<String>> VERBS = cues("/text/negation-verbs.txt");
    private static final Set<String> BREAKS = Set.copyOf(WordList.read("/text/clause-breaks.txt"));
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:()\\[\\]—–]|\\s-\\s|[.!?]");

    private Polarity() {
    }

    /** For each token, the number of its clause: tokens with the same number are in one clause. */
    public static int[] clauses(String text, List<Token> tokens) {
        int[] out = new int[tokens.size()];
        int clause = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0) {
                String between = text.substring(tokens.get(i - 1).end(), t.start());
                if (PUNCTUATION.matcher(between).find() || BREAKS.contains(t.lower())) {
                    clause++;
                }
            }
            out[i] = clause;
        }
        return out;
    }

    /** For each token, true when the negations earlier in its clause leave it negated. */
    public static boolean[] negated(String text, List<Token> tokens) {
        int[] clauses = clauses(text, tokens);
        boolean[] out = new boolean[tokens.size()];
        boolean negating = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && clauses[i] != clauses[i - 1]) {
                negating = false;
            }
            out[i] = negating;
            int particle = match(PARTICLES, tokens, i);
            int verb = particle > 0 ? 0 : match(VERBS, tokens, i);
            if (particle > 0) {
                negating = true;
            } else if (verb > 0) {
                negating = !negating;
            }
            for (int k = 1; k < Math.max(particle, verb); k++) {
                out[i + k] = out[i];
            }
            i += Math.max(particle, verb) - (Math.max(particle, verb) > 0 ? 1 : 0);
        }
        return out;
    }

    /** True when the token is (the start of) a negation particle such as "not" or "never": grammar, not content. */
    public static boolean isParticle(List<Token> tokens, int i) {
        return match(PARTICLES, tokens, i) > 0;
    }

    private static int match(List<List<String>> cues, List<Token> tokens, int i) {
        if (cues == PARTICLES && tokens.get(i).lower().endsWith("n't")) {
            return 1;
        }
        for (List<String> cue : cues) {
            if (i + cue.size() > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < cue.size() && matches; k++) {
                matches = cue.get(k).equals(Words.stem(tokens.get(i + k).lower()));
            }
            if (matches) {
                return cue.size();
            }
        }
        return 0;
    }

    private static List<List<String>> cues(String resource) {
        return WordList.read(resource).stream()
                .map(line -> List.of(line.split("\\s+")).stream().map(Words::stem).toList())
                .toList();
    }
}
