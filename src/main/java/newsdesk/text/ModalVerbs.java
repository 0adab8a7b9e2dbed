package newsdesk.text;

import java.util.Set;

/** "will", "may", "must"...: modal verbs the stop list keeps out, from {@code text/modal-verbs.txt}. */
public final class ModalVerbs {
    private static final Set<String> WORDS = Set.copyOf(WordList.read("/text/modal-verbs.txt"));

    private ModalVerbs() {
    }

    public static boolean contains(String lowerWord) {
        return WORDS.contains(lowerWord);
    }
}
