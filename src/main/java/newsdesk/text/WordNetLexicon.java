package newsdesk.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * {@link Lexicon} over Princeton WordNet 3.1 (through extJWNL and its bundled data). Antonymy in WordNet is a relation
 * between words: the antonyms of a word are the words its senses are opposed to, with their synonyms in that sense
 * ("rise" → "fall", "descend", "go down"), and for an adjective that only resembles a head adjective, the head's
 * opposites ("damp" → "dry"). Related forms are WordNet's derivational links ("closure" → "close"). Synonyms come from the most frequent sense of each part of speech ({@value #SYNONYM_SENSES}), one-word
 * entries only. Answers are cached per word.
 */
final class WordNetLexicon implements Lexicon {
    private static final int SYNONYM_SENSES = 1;
    private static final int ANTONYM_SENSES = 6;

    private final Dictionary dictionary;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    private record Entry(Set<String> baseForms, Set<String> synonyms, Set<String> antonyms, Set<String> related,
                         boolean common, boolean predicative) {
    }

    WordNetLexicon(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    static WordNetLexicon load() {
        try {
            return new WordNetLexicon(Dictionary.getDefaultResourceInstance());
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet could not be loaded: " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> baseForms(String lowerWord) {
        return entry(lowerWord).baseForms();
    }

    @Override
    public Set<String> synonyms(String lowerWord) {
        return entry(lowerWord).synonyms();
    }

    @Override
    public Set<String> antonyms(String lowerWord) {
        return entry(lowerWord).antonyms();
    }

    @Override
    public boolean isCommonWord(String lowerWord) {
        return entry(lowerWord).common();
    }

    @Override
    public Set<String> relatedForms(String lowerWord) {
        return entry(lowerWord).related();
    }

    @Override
    public boolean predicative(String lowerWord) {
        return entry(lowerWord).predicative();
    }

    @Override
    public String toString() {
        return "WordNet 3.1";
    }

    private Entry entry(String word) {
        return cache.computeIfAbsent(word.toLowerCase(Locale.ROOT), this::lookUp);
    }

    private Entry lookUp(String word) {
        Set<String> bases = new LinkedHashSet<>();
        Set<String> synonyms = new LinkedHashSet<>();
        Set<String> antonyms = new LinkedHashSet<>();
        Set<String> related = new LinkedHashSet<>();
        boolean common = false;
        boolean known = false;
        boolean predicative = false;
        if (word.isBlank() || word.length() > 40) {
            return new Entry(Set.of(word), Set.of(), Set.of(), Set.of(), false, true);
        }
        try {
            for (POS pos : POS.getAllPOS()) {
                List<String> forms = dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, word);
                for (String form : forms) {
                    IndexWord index = dictionary.getIndexWord(pos, form);
                    if (index == null) {
                        continue;
                    }
                    bases.add(index.getLemma().toLowerCase(Locale.ROOT));
                    known = true;
                    predicative |= pos == POS.VERB || pos == POS.ADJECTIVE;
                    List<Synset> senses = index.getSenses();
                    for (int i = 0; i < senses.size(); i++) {
                        Synset sense = senses.get(i);
                        Word own = own(sense, index.getLemma());
                        if (own != null && own.getLemma().equals(own.getLemma().toLowerCase(Locale.ROOT))) {
                            common = true;
                        }
                        if (i < SYNONYM_SENSES) {
                            for (Word w : sense.getWords()) {
                                addWord(synonyms, w.getLemma());
                            }
                        }
                        if (own != null) {
                            for (Pointer p : own.getPointers(PointerType.DERIVATION)) {
                                if (p.getTarget() instanceof Word target) {
                                    addWord(related, target.getLemma());
                                }
                            }
                        }
                        if (i < ANTONYM_SENSES && own != null) {
                            opposites(own, antonyms);
                            if (pos == POS.ADJECTIVE) {
                                for (Pointer similar : sense.getPointers(PointerType.SIMILAR_TO)) {
                                    for (Word head : similar.getTargetSynset().getWords()) {
                                        opposites(head, antonyms);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "': " + e.getMessage(), e);
        }
        bases.add(word);
        synonyms.remove(word);
        synonyms.removeAll(bases);
        antonyms.removeAll(bases);
        antonyms.removeAll(synonyms);
        related.removeAll(bases);
        return new Entry(Set.copyOf(bases), Set.copyOf(synonyms), Set.copyOf(antonyms), Set.copyOf(related), common,
                predicative || !known);
    }

    private static void opposites(Word word, Set<String> into) throws JWNLException {
        for (Pointer p : word.getPointers(PointerType.ANTONYM)) {
            if (p.getTarget() instanceof Word target) {
                addWord(into, target.getLemma());
                for (Word sibling : target.getSynset().getWords()) {
                    addWord(into, sibling.getLemma());
                }
            }
        }
    }

    private static Word own(Synset sense, String lemma) {
        for (Word w : sense.getWords()) {
            if (w.getLemma().equalsIgnoreCase(lemma)) {
                return w;
            }
        }
        return null;
    }

    private static void addWord(Set<String> into, String lemma) {
        if (lemma.indexOf(' ') < 0) {
            into.add(lemma.toLowerCase(Locale.ROOT));
        }
    }
}
