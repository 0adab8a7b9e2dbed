package newsdesk.answer.extractive;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import newsdesk.retrieval.TermStatistics;
import newsdesk.text.Abbreviations;
import newsdesk.text.PlaceAdjectives;
import newsdesk.text.Token;
import newsdesk.text.Words;

/**
 * A question ready to be compared with sentences: its form, its vector, and each content word's weight (the store's
 * inverse document frequency: a rare word says more about what is asked than a common one).
 */
record QuestionContext(QuestionForm form, float[] vector, float[] focusVector, Map<String, Double> weights,
                       Set<String> focusStems, Set<String> askedStems, Set<String> nameStems) {
    /** Words every passage has still count a little. */
    private static final double MIN_WEIGHT = 0.1;
    /** A name and a word of its root share at least this many first letters... */
    private static final int ROOT_LETTERS = 4;
    /** ...and differ in at most this many last letters of the shorter. */
    private static final int ENDING_LETTERS = 3;

    /**
     * @param vector the whole question's
     * @param focusVector the asking sentence's alone (the same when there is no scene-setting)
     */
    static QuestionContext of(QuestionForm form, float[] vector, float[] focusVector, TermStatistics statistics) {
        Map<String, Double> weights = new LinkedHashMap<>();
        Set<String> absent = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Token t : Abbreviations.joined(Words.tokens(form.text()))) {
            if (t.stopWord() || weights.containsKey(t.stem())) {
                continue;
            }
            if (isName(t, form.text())) {
                names.add(t.stem());
            }
            if (Abbreviations.standsForInitialism(t) || statistics.frequency(t.lower()) == 0 && !t.capitalized()) {
                absent.add(t.stem());
                weights.put(t.stem(), 0.0);
            } else {
                weights.put(t.stem(), Math.max(MIN_WEIGHT, statistics.idf(t.lower())));
            }
        }
        // A common word no stored passage uses (a paraphrase, in a small store) weighs what the others weigh on
        // average; only a name nobody mentions weighs as the rarest word.
        double present = weights.entrySet().stream().filter(e -> !absent.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).average().orElse(1.0);
        absent.forEach(a -> weights.put(a, present));
        return new QuestionContext(form, vector, focusVector, weights, new HashSet<>(form.focusStems()),
                new HashSet<>(form.askedStems()), names);
    }

    /**
     * A name: a capitalised word that does not merely open a sentence, or an initialism anywhere. Names are what a
     * question about another event gives away, since a paraphrase changes its other words but keeps its names.
     */
    private static boolean isName(Token t, String text) {
        if (Abbreviations.isInitialism(t.text())) {
            return true;
        }
        if (!t.capitalized()) {
            return false;
        }
        int i = t.start() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'“‘(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".?!:".indexOf(text.charAt(i)) < 0;
    }

    /** The weighted share of the question's names that none of the given articles' words holds (0 without names). */
    double namesMissing(Collection<Set<String>> articles) {
        return share(n -> articles.stream().noneMatch(words -> mentions(words, n)), nameStems);
    }

    /**
     * The name's stem, the place it is the adjective of or an adjective of it ("Scottish", "Scotland"), or a word of
     * the same root: a place and its people's name often share all but their last few letters ("Texas", "Texan"),
     * so a question's demonym finds its article's place name and back.
     */
    private static boolean mentions(Set<String> words, String name) {
        if (words.contains(name) || PlaceAdjectives.related(name).stream().anyMatch(words::contains)) {
            return true;
        }
        for (String w : words) {
            int common = 0;
            int shorter = Math.min(w.length(), name.length());
            while (common < shorter && w.charAt(common) == name.charAt(common)) {
                common++;
            }
            if (common >= Math.max(ROOT_LETTERS, shorter - ENDING_LETTERS)) {
                return true;
            }
        }
        return false;
    }

    Set<String> stems() {
        return weights.keySet();
    }

    /** The weighted share of the question's words found in the given stems, from 0 to 1. */
    double overlap(Set<String> stems) {
        return share(stems, weights.keySet());
    }

    /** The weighted share of the focus sentence's words found in the given stems. */
    double focusOverlap(Set<String> stems) {
        return share(stems, focusStems);
    }

    /** The weighted share of the asked words (see {@link QuestionForm#askedStems}) found in the given stems. */
    double askedOverlap(Set<String> stems) {
        return share(stems, askedStems);
    }

    /** The weighted share of the question's words found in any of the given sets. */
    double overlap(Set<String> first, Set<String> second, Set<String> third, Set<String> fourth) {
        double total = 0;
        double found = 0;
        for (var e : weights.entrySet()) {
            total += e.getValue();
            String s = e.getKey();
            if (first.contains(s) || second.contains(s) || third.contains(s) || fourth.contains(s)) {
                found += e.getValue();
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /**
     * The weighted share of the question's words that its article's title and lead do not use, found in the given
     * stems: what the question asks beyond what the story is about.
     */
    double beyondOverlap(Set<String> stems, Set<String> title, Set<String> lead) {
        double beyond = 0;
        double found = 0;
        for (var e : weights.entrySet()) {
            if (beyondStory(e.getKey(), title, lead)) {
                beyond += e.getValue();
                found += stems.contains(e.getKey()) ? e.getValue() : 0;
            }
        }
        return beyond == 0 ? 0 : found / beyond;
    }

    /** The weighted share of the question's words that the article's title and lead do not use. */
    double beyondShare(Set<String> title, Set<String> lead) {
        double total = 0;
        double beyond = 0;
        for (var e : weights.entrySet()) {
            total += e.getValue();
            beyond += beyondStory(e.getKey(), title, lead) ? e.getValue() : 0;
        }
        return total == 0 ? 0 : beyond / total;
    }

    private static boolean beyondStory(String stem, Set<String> title, Set<String> lead) {
        return !title.contains(stem) && !lead.contains(stem);
    }

    private double share(Set<String> stems, Set<String> of) {
        return share(stems::contains, of);
    }

    /** The weighted share of the given words that pass the test, from 0 to 1 (0 without words). */
    private double share(Predicate<String> test, Set<String> of) {
        double total = 0;
        double found = 0;
        for (String s : of) {
            double w = weights.getOrDefault(s, MIN_WEIGHT);
            total += w;
            if (test.test(s)) {
                found += w;
            }
        }
        return total == 0 ? 0 : found / total;
    }
}
