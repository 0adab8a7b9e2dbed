package newsdesk.text;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The general dictionary, loaded when first needed: WordNet takes about half a second and some 50 MB of heap, which
 * the offline path never pays. {@link #wordNet()} starts loading it in the background at once, so that it is ready
 * by the time a model has replied; a lookup before then waits for it. If it cannot be loaded, lookups fall back to
 * {@link Lexicon#NONE} and the failure is logged once.
 */
public final class Lexicons {
    private static final Logger log = LoggerFactory.getLogger(Lexicons.class);
    private static volatile Lexicon shared;

    private Lexicons() {
    }

    /** WordNet 3.1, shared by the whole process, loading in the background from the first call on. */
    public static synchronized Lexicon wordNet() {
        if (shared == null) {
            shared = new Deferred(WordNetLexicon::load);
        }
        return shared;
    }

    /** A lexicon built on first need on a background thread; callers wait for it. */
    private static final class Deferred implements Lexicon {
        private final CompletableFuture<Lexicon> loaded;

        Deferred(Supplier<Lexicon> load) {
            this.loaded = CompletableFuture.supplyAsync(() -> {
                long start = System.nanoTime();
                Lexicon lexicon = load.get();
                for (String word : List.of("said", "rose", "killed", "closure", "not")) {
                    lexicon.antonyms(word);  // the first lookups read the files: better here than in an answer
                    lexicon.relatedForms(word);
                }
                log.debug("{} loaded in {} ms", lexicon, (System.nanoTime() - start) / 1_000_000);
                return lexicon;
            }, runnable -> {
                Thread t = new Thread(runnable, "newsdesk-lexicon");
                t.setDaemon(true);
                t.start();
            }).exceptionally(e -> {
                log.warn("the dictionary could not be loaded ({}); words are compared by stem only", e.getMessage());
                return Lexicon.NONE;
            });
        }

        private Lexicon get() {
            return loaded.join();
        }

        @Override
        public Set<String> baseForms(String lowerWord) {
            return get().baseForms(lowerWord);
        }

        @Override
        public Set<String> synonyms(String lowerWord) {
            return get().synonyms(lowerWord);
        }

        @Override
        public Set<String> antonyms(String lowerWord) {
            return get().antonyms(lowerWord);
        }

        @Override
        public boolean isCommonWord(String lowerWord) {
            return get().isCommonWord(lowerWord);
        }

        @Override
        public Set<String> relatedForms(String lowerWord) {
            return get().relatedForms(lowerWord);
        }

        @Override
        public boolean predicative(String lowerWord) {
            return get().predicative(lowerWord);
        }

        @Override
        public String toString() {
            return loaded.isDone() ? get().toString() : "WordNet 3.1 (loading)";
        }
    }
}
