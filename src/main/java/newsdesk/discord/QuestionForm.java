package newsdesk.discord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a question or a request from chatter by its form alone: a sentence that ends in a question mark, one that
 * opens with an interrogative word ("when did it end"), an auxiliary followed by a subject ("is there news"), an
 * imperative asking for information ("summarise the latest"), or a phrase such as "I wonder". "Thanks, that
 * helps!" and "will do" are chatter. The words are general English grammar, read from
 * {@code /language/en/question-openers.txt}.
 */
final class QuestionForm {
    static final String RESOURCE = "/language/en/question-openers.txt";
    private static final Pattern URL = Pattern.compile("https?://\\S+|<https?://[^>]*>");
    private static final Pattern CODE = Pattern.compile("```.*?```|`[^`]*`", Pattern.DOTALL);
    private static final Pattern DISCORD_TOKEN = Pattern.compile("<(?:@[!&]?|#|a?:\\w+:)\\d+>");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\n+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    private static final QuestionForm ENGLISH = load(RESOURCE);

    private final Set<String> interrogatives;
    private final Set<String> auxiliaries;
    private final Set<String> subjects;
    private final Set<String> requests;
    private final Set<String> fillers;
    private final List<List<String>> phrases;

    private QuestionForm(Map<String, List<String>> words) {
        this.interrogatives = Set.copyOf(words.getOrDefault("interrogative", List.of()));
        this.auxiliaries = Set.copyOf(words.getOrDefault("auxiliary", List.of()));
        this.subjects = Set.copyOf(words.getOrDefault("subject", List.of()));
        this.requests = Set.copyOf(words.getOrDefault("request", List.of()));
        this.fillers = Set.copyOf(words.getOrDefault("filler", List.of()));
        List<List<String>> p = new ArrayList<>();
        for (String phrase : words.getOrDefault("phrase", List.of())) {
            p.add(words(phrase));
        }
        this.phrases = List.copyOf(p);
    }

    /** True when the text, as written, asks something or asks for something. */
    static boolean isQuestionOrRequest(String text) {
        return ENGLISH.test(text);
    }

    boolean test(String text) {
        if (text == null) {
            return false;
        }
        String plain = DISCORD_TOKEN.matcher(URL.matcher(CODE.matcher(text).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        if (plain.indexOf('?') >= 0 || plain.indexOf('？') >= 0) {
            return true;
        }
        for (String sentence : SENTENCE_END.split(plain)) {
            if (opensAQuestion(words(sentence), sentence.strip().endsWith("!"))) {
                return true;
            }
        }
        return false;
    }

    /** @param exclaimed "What a day!" and "How nice!" are exclamations; "Tell me more!" is still a request */
    private boolean opensAQuestion(List<String> words, boolean exclaimed) {
        for (List<String> phrase : phrases) {
            if (startsWith(words, phrase, 0)) {
                return true;
            }
        }
        int i = 0;
        while (i < words.size() && fillers.contains(words.get(i))) {
            for (List<String> phrase : phrases) {
                if (startsWith(words, phrase, i)) {
                    return true;
                }
            }
            i++;
        }
        if (i >= words.size()) {
            return false;
        }
        String first = words.get(i);
        if (requests.contains(first)) {
            return true;
        }
        if (exclaimed) {
            return false;
        }
        if (interrogatives.contains(first)) {
            return true;
        }
        for (List<String> phrase : phrases) {
            if (startsWith(words, phrase, i)) {
                return true;
            }
        }
        return auxiliaries.contains(first) && i + 1 < words.size() && subjects.contains(words.get(i + 1));
    }

    private static boolean startsWith(List<String> words, List<String> phrase, int from) {
        if (phrase.isEmpty() || words.size() - from < phrase.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(from + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words, apostrophes unified, so "What’s" and "what's" are one word. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static QuestionForm load(String resource) {
        Map<String, List<String>> words = new HashMap<>();
        try (InputStream in = QuestionForm.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> seenKinds = new HashSet<>();
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int colon = trimmed.indexOf(':');
                if (colon < 0) {
                    throw new IllegalStateException(resource + ": a line without a kind: " + trimmed);
                }
                String kind = trimmed.substring(0, colon).strip();
                String rest = trimmed.substring(colon + 1).strip();
                seenKinds.add(kind);
                List<String> list = words.computeIfAbsent(kind, k -> new ArrayList<>());
                if (kind.equals("phrase")) {
                    for (String phrase : rest.split("\\|")) {
                        list.add(phrase.strip());
                    }
                } else {
                    list.addAll(List.of(rest.toLowerCase(Locale.ROOT).split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QuestionForm(words);
    }
}
