package newsdesk.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Remembers answers by normalised question (lower case, collapsed whitespace, no trailing punctuation), the
 * conversation before it, the corpus version and the answering mode: a repeated question costs nothing, and a new
 * article (a new corpus version) makes every old entry unreachable. Answers the predicate rejects (fallbacks)
 * are not kept.
 */
final class AnswerCache implements Answerer {
    private final Answerer inner;
    private final String mode;
    private final LongSupplier corpusVersion;
    private final Predicate<Answer> cacheable;
    private final Cache<Key, Answer> cache;

    AnswerCache(Answerer inner, String mode, int size, Duration ttl, LongSupplier corpusVersion,
                Predicate<Answer> cacheable) {
        this.inner = inner;
        this.mode = mode;
        this.corpusVersion = corpusVersion;
        this.cacheable = cacheable;
        this.cache = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(ttl).build();
    }

    @Override
    public Answer answer(Question question) {
        return answer(question, null);
    }

    @Override
    public Answer answer(Question question, Consumer<String> partialText) {
        long start = System.nanoTime();
        Key key = new Key(normalise(question.text()), history(question.history()), corpusVersion.getAsLong(), mode);
        Answer hit = cache.getIfPresent(key);
        if (hit != null) {
            return new Answer(question.text(), hit.answer(), hit.abstained(), hit.citations(), hit.mode(), hit.notice(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        Answer answer = partialText == null ? inner.answer(question) : inner.answer(question, partialText);
        if (cacheable.test(answer)) {
            cache.put(key, answer);
        }
        return answer;
    }

    static String normalise(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip()
                .replaceAll("[\\s?!.,;:…。？！]+$", "");
    }

    private static String history(List<Turn> turns) {
        StringBuilder sb = new StringBuilder();
        for (Turn t : turns) {
            sb.append(normalise(String.valueOf(t.question()))).append('\u0000').append(t.answer()).append('\u0001');
        }
        return sb.toString();
    }

    private record Key(String question, String history, long corpusVersion, String mode) {
    }
}
