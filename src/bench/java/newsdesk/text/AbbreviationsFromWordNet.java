package newsdesk.text;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes {@code src/main/resources/text/abbreviations.txt} from WordNet 3.1: every noun sense that has both an
 * initialism ("US", "U.S.", "FBI") and a name of several words whose initials spell it ("United States", "Federal
 * Bureau of Investigation"). Only pairs whose letters match are kept, so the list holds true initialisms, not
 * WordNet's other short synonyms.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=newsdesk.text.AbbreviationsFromWordNet</pre>
 */
public final class AbbreviationsFromWordNet {
    private static final Set<String> JOINING = Set.of("of", "and", "for", "the", "on", "in", "to", "de", "la", "&");

    private AbbreviationsFromWordNet() {
    }

    public static void main(String[] args) throws Exception {
        Dictionary wordNet = Dictionary.getDefaultResourceInstance();
        TreeMap<String, TreeSet<String>> pairs = new TreeMap<>();
        for (Iterator<Synset> it = wordNet.getSynsetIterator(POS.NOUN); it.hasNext(); ) {
            Synset s = it.next();
            List<String> lemmas = s.getWords().stream().map(Word::getLemma).toList();
            for (String initialism : lemmas) {
                String letters = initialism.replace(".", "");
                if (!isInitialism(initialism, letters)) {
                    continue;
                }
                for (String name : lemmas) {
                    if (name.contains(" ") && initials(name).equals(letters.toLowerCase(Locale.ROOT))) {
                        pairs.computeIfAbsent(letters.toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                                .add(name.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        Path out = Path.of("src/main/resources/text/abbreviations.txt");
        KeyedWordList.write(out, List.of(
                "Initialisms and the names they stand for, from WordNet 3.1 noun senses whose initials match",
                "(written by src/bench/java/newsdesk/text/AbbreviationsFromWordNet.java; do not edit).",
                "Each line: the initialism's letters, a colon, then its names separated by \" | \"."), pairs);
        System.out.println("wrote " + pairs.size() + " initialisms to " + out);
    }

    /** Two to six capital letters, with or without a period after each ("FBI", "U.S."). */
    private static boolean isInitialism(String lemma, String letters) {
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase)
                && letters.chars().allMatch(Character::isLetter)
                && (lemma.equals(letters) || lemma.matches("(?:\\p{Lu}\\.)+"));
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.toLowerCase(Locale.ROOT).split("[ \\-]+")) {
            if (!w.isEmpty() && !JOINING.contains(w)) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }
}
