package newsdesk.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Adjectives of places and peoples and the names they pertain to ("Scottish" and "Scotland", "Dutch" and
 * "Netherlands"), from WordNet ({@code text/place-adjectives.txt}), so that a question and an article that name a
 * place in the two ways are seen to name the same one.
 */
public final class PlaceAdjectives {
    private static final Map<String, Set<String>> RELATED = new HashMap<>();

    static {
        WordList.keyed("/text/place-adjectives.txt").forEach((adjectiveWord, names) -> {
            String adjective = Words.stem(adjectiveWord);
            for (String name : names) {
                String place = Words.stem(name);
                RELATED.computeIfAbsent(adjective, k -> new HashSet<>()).add(place);
                RELATED.computeIfAbsent(place, k -> new HashSet<>()).add(adjective);
            }
        });
    }

    private PlaceAdjectives() {
    }

    /** The stems of the names an adjective's stem pertains to, and of the adjectives a name's stem has; or none. */
    public static Set<String> related(String stem) {
        return RELATED.getOrDefault(stem, Set.of());
    }
}
