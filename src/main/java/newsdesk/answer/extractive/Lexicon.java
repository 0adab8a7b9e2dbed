package newsdesk.answer.extractive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * General English knowledge the offline answerer matches with, so that a question and an article that say the same
 * thing in other words still meet: irregular verb forms, near-synonyms common in news, nationality words and their
 * countries, and the common verbs that questions paraphrase so often that their absence says little.
 */
final class Lexicon {
    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final Set<String> COMMON_VERBS = new HashSet<>();

    static {
        // Each group: the first word stands for all of them.
        group("die", "died", "dead", "death", "deaths", "kill", "killed", "slain", "perish", "perished", "fatal", "fatalities");
        group("free", "freed", "release", "released", "rescue", "rescued", "liberated", "escaped");
        group("militant", "militants", "kidnapper", "kidnappers", "gunman", "gunmen", "terrorist", "terrorists",
                "extremist", "extremists", "insurgent", "insurgents", "jihadist", "jihadists", "rebel", "rebels");
        group("hostage", "hostages", "captive", "captives");
        group("company", "companies", "firm", "firms", "corporation", "corporations");
        group("run", "ran", "runs", "operate", "operated", "operates", "operator");
        group("find", "found", "uncovered");
        group("begin", "began", "begun", "start", "started");
        group("leave", "left", "departed");
        group("take", "took", "taken");
        group("give", "gave", "given");
        group("go", "went", "gone");
        group("come", "came");
        group("flee", "fled");
        group("hold", "held");
        group("lead", "led");
        group("buy", "bought", "purchase", "purchased");
        group("sell", "sold");
        group("tell", "told");
        group("think", "thought");
        group("send", "sent");
        group("build", "built");
        group("pay", "paid");
        group("meet", "met");
        group("win", "won");
        group("lose", "lost");
        group("cross", "across", "crossed", "crossing");
        group("scrap", "scrapped", "axe", "axed", "eliminate", "eliminated", "cancel", "cancelled", "canceled",
                "abolish", "abolished", "discontinue", "discontinued");
        group("hacker", "hackers", "cybercriminal", "cybercriminals");
        group("detect", "detected", "discover", "discovered", "noticed", "spotted");
        group("negotiate", "negotiating", "negotiation", "negotiations", "talks");
        group("respond", "response", "responded", "reaction", "react", "reacted");
        group("us", "u.s.", "america", "american", "americans");
        group("uk", "u.k.", "britain", "british", "briton", "britons", "england", "english");
        group("un", "u.n.");
        group("eu", "e.u.");
        String[][] nationalities = {
                {"algeria", "algerian", "algerians"}, {"norway", "norwegian", "norwegians"}, {"france", "french"},
                {"canada", "canadian", "canadians"}, {"japan", "japanese"}, {"libya", "libyan", "libyans"},
                {"egypt", "egyptian", "egyptians"}, {"mali", "malian", "malians"}, {"mauritania", "mauritanian"},
                {"romania", "romanian", "romanians"}, {"malaysia", "malaysian", "malaysians"},
                {"tunisia", "tunisian", "tunisians"}, {"niger", "nigerien"}, {"nigeria", "nigerian", "nigerians"},
                {"germany", "german", "germans"}, {"italy", "italian", "italians"}, {"spain", "spanish", "spaniard"},
                {"china", "chinese"}, {"russia", "russian", "russians"}, {"india", "indian", "indians"},
                {"pakistan", "pakistani", "pakistanis"}, {"iraq", "iraqi", "iraqis"}, {"iran", "iranian", "iranians"},
                {"syria", "syrian", "syrians"}, {"israel", "israeli", "israelis"}, {"turkey", "turkish"},
                {"greece", "greek", "greeks"}, {"mexico", "mexican", "mexicans"}, {"brazil", "brazilian"},
                {"australia", "australian", "australians"}, {"netherlands", "dutch"}, {"belgium", "belgian"},
                {"switzerland", "swiss"}, {"sweden", "swedish", "swede"}, {"denmark", "danish", "dane"},
                {"finland", "finnish"}, {"ukraine", "ukrainian", "ukrainians"}, {"ireland", "irish"},
                {"scotland", "scottish"}, {"korea", "korean", "koreans"}, {"vietnam", "vietnamese"},
                {"philippines", "filipino", "filipinos"}, {"indonesia", "indonesian"}, {"kenya", "kenyan"},
                {"ethiopia", "ethiopian"}, {"somalia", "somali"}, {"sudan", "sudanese"}, {"morocco", "moroccan"},
                {"afghanistan", "afghan", "afghans"}, {"portugal", "portuguese"}, {"poland", "poles"},
                {"austria", "austrian"}, {"hungary", "hungarian"}, {"chile", "chilean"}, {"argentina", "argentine"},
                {"colombia", "colombian"}, {"peru", "peruvian"}, {"cuba", "cuban"}, {"lebanon", "lebanese"},
                {"jordan", "jordanian"}, {"yemen", "yemeni"}, {"qatar", "qatari"}, {"thailand", "thai"},
                {"senegal", "senegalese"}, {"ghana", "ghanaian"}, {"chad", "chadian"}, {"texas", "texan"}};
        for (String[] n : nationalities) {
            group(n);
        }
        for (String v : new String[] {
                "be", "have", "do", "say", "get", "make", "know", "see", "look", "want", "seem", "feel", "try", "tried",
                "keep", "let", "hear", "move", "live", "believe", "bring", "happen", "write", "provide", "include",
                "continue", "learn", "understand", "follow", "stop", "create", "speak", "allow", "spend", "grow",
                "walk", "offer", "remember", "consider", "appear", "wait", "serve", "expect", "stay", "reach", "remain",
                "suggest", "raise", "pass", "require", "decide", "pull", "carry", "carried", "last", "produce",
                "describe", "occur", "handle", "manage", "prevent", "launch", "identify", "confirm", "deny",
                "announce", "condemn", "oppose", "accuse", "warn", "threaten", "receive", "arrive", "survive",
                "attempt", "intend", "prepare", "refuse", "agree", "fail", "succeed", "finish", "mean", "become",
                "put", "turn", "involve", "happened", "did", "does", "done", "go", "come", "take", "give", "find",
                "tell", "think", "respond", "cross", "run", "leave", "begin", "hold", "send", "build", "win", "lose", "scrap",
                "break", "detect", "steal", "stolen", "investigate"}) {
            COMMON_VERBS.add(canonical(Words.stem(v)));
        }
    }

    private Lexicon() {
    }

    private static void group(String... words) {
        String head = Words.stem(words[0]);
        CANONICAL.put(head, head);
        for (String w : words) {
            CANONICAL.putIfAbsent(Words.stem(w), head);
            CANONICAL.putIfAbsent(w.replace(".", ""), head);
        }
    }

    /** The stem that stands for this stem's group, or the stem itself. */
    static String canonical(String stem) {
        return CANONICAL.getOrDefault(stem, stem);
    }

    /** Words that qualify what is asked ("the latest estimate", "the first report"): often not repeated in the answer. */
    private static final Set<String> QUALIFIERS = Set.of(
            "latest", "first", "initi", "final", "later", "earlier", "recent", "current", "new", "last", "previous",
            "origin", "updat", "exact", "actual", "offici", "overal", "approxim", "rough");

    static boolean isQualifier(String canonicalStem) {
        return QUALIFIERS.contains(canonicalStem);
    }

    /** A verb so common, or so often paraphrased, that a sentence without it may still answer. */
    static boolean isCommonVerb(String canonicalStem) {
        return COMMON_VERBS.contains(canonicalStem);
    }
}
