package newsdesk.briefing;

import java.util.ArrayList;
import java.util.List;
import newsdesk.text.Token;
import newsdesk.text.Words;

/** Words that carry meaning, as the project's one tokenizer reads them: stems, stop words dropped. */
final class Terms {
    private Terms() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : Words.tokens(text)) {
            if (!t.stopWord() && t.lower().length() > 1) {
                out.add(t.stem());
            }
        }
        return out;
    }
}
