package newsdesk.llm;

import java.util.Set;
import newsdesk.text.Lexicon;
import newsdesk.text.Token;

/**
 * When a word of a claim is the same word as one of a source: the same Snowball stem, the same dictionary form
 * ("rose" and "rising" are both "rise"), a form of the same root ("closure", "close"), a synonym in a common sense, or for names a longer form of it
 * ("Norway", "Norwegian"). Antonyms are what {@link #opposite} tells.
 */
final class WordMatcher {
    private static final int NAME_SUFFIX_SLACK = 2;
    private static final int MIN_NAME_PREFIX = 4;

    private final Lexicon lexicon;

    WordMatcher(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    boolean sameWord(Token claim, Token source) {
        if (claim.stem().equals(source.stem()) || claim.lower().equals(source.lower())) {
            return true;
        }
        if (claim.capitalized() && source.capitalized()) {
            return nameVariant(claim.lower(), source.lower());
        }
        Set<String> claimBases = lexicon.baseForms(plain(claim));
        Set<String> sourceBases = lexicon.baseForms(plain(source));
        for (String b : claimBases) {
            if (sourceBases.contains(b)) {
                return true;
            }
        }
        for (String b : claimBases) {
            Set<String> related = lexicon.relatedForms(b);
            for (String s : sourceBases) {
                if (related.contains(s) || lexicon.relatedForms(s).contains(b)) {
                    return true;
                }
            }
        }
        for (String b : claimBases) {
            Set<String> synonyms = lexicon.synonyms(b);
            for (String s : sourceBases) {
                if (synonyms.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words of opposite meaning ("rose", "fell"), by their dictionary forms. */
    boolean opposite(Token claim, Token source) {
        Set<String> sourceBases = lexicon.baseForms(plain(source));
        for (String b : lexicon.baseForms(plain(claim))) {
            Set<String> antonyms = lexicon.antonyms(b);
            for (String s : sourceBases) {
                if (antonyms.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word in lower case without a possessive ending: what the dictionary is asked about. */
    static String plain(Token t) {
        String w = t.lower();
        if (w.endsWith("'s")) {
            return w.substring(0, w.length() - 2);
        }
        return w.endsWith("s'") ? w.substring(0, w.length() - 1) : w;
    }

    /** A name or a longer form of it: "Norway" and "Norwegian", not "Iran" and "Iraq". */
    static boolean nameVariant(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_NAME_PREFIX && longer.startsWith(shorter)
                && longer.length() - shorter.length() <= NAME_SUFFIX_SLACK
                || a.replace(".", "").equals(b.replace(".", ""));
    }
}
