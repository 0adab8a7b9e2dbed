package newsdesk.text;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes {@code src/main/resources/text/place-adjectives.txt} from WordNet 3.1: every capitalised adjective that
 * WordNet says pertains to a capitalised noun ("Scottish" to "Scotland", "Norwegian" to "Norway", "Parisian" to
 * "Paris"), so that a question's "Irish" finds an article's "Ireland".
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=newsdesk.text.PlaceAdjectivesFromWordNet</pre>
 */
public final class PlaceAdjectivesFromWordNet {
    private PlaceAdjectivesFromWordNet() {
    }

    public static void main(String[] args) throws Exception {
        Dictionary wordNet = Dictionary.getDefaultResourceInstance();
        TreeMap<String, TreeSet<String>> pairs = new TreeMap<>();
        for (Iterator<Synset> it = wordNet.getSynsetIterator(POS.ADJECTIVE); it.hasNext(); ) {
            Synset s = it.next();
            for (Word adjective : s.getWords()) {
                if (!isOneCapitalisedWord(adjective.getLemma())) {
                    continue;
                }
                for (Pointer p : adjective.getPointers(PointerType.PERTAINYM)) {
                    if (p.getTarget() instanceof Word noun && isOneCapitalisedWord(noun.getLemma())
                            && !noun.getLemma().equalsIgnoreCase(adjective.getLemma())) {
                        pairs.computeIfAbsent(adjective.getLemma().toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                                .add(noun.getLemma().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        Path out = Path.of("src/main/resources/text/place-adjectives.txt");
        KeyedWordList.write(out, List.of(
                "Adjectives of places and peoples and the names they pertain to, from WordNet 3.1's pertainym",
                "pointers between capitalised words (written by",
                "src/bench/java/newsdesk/text/PlaceAdjectivesFromWordNet.java; do not edit).",
                "Each line: the adjective, a colon, then the names separated by \" | \"."), pairs);
        System.out.println("wrote " + pairs.size() + " adjectives to " + out);
    }

    private static boolean isOneCapitalisedWord(String lemma) {
        return !lemma.isEmpty() && Character.isUpperCase(lemma.charAt(0)) && lemma.chars().allMatch(Character::isLetter);
    }
}
