package newsdesk.bench;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import newsdesk.retrieval.Embedder;

/**
 * Real English of every topic for the HNSW sweep: WordNet 3.1's definitions (one passage each, with its usage
 * examples), and questions "What is meant by X?" for the words of some of them. Unlike the synthetic news corpus,
 * whose passages share one small vocabulary so that a question's 50 nearest lie within 0.015 of cosine, each
 * question here has passages that are much closer to it than the rest, as in a real store.
 */
final class GlossCorpus {
    /** @param vectors the passages' vectors, in order; {@code questions} ask about some of them */
    record Vectors(List<float[]> vectors, List<String> questions) {
    }

    private GlossCorpus() {
    }

    static Vectors of(int passages, int questions, long seed, Embedder embedder, Path cacheDir) throws IOException {
        List<String[]> entries = entries();
        Collections.shuffle(entries, new Random(seed));
        if (entries.size() < passages) {
            throw new IllegalArgumentException("WordNet has " + entries.size() + " definitions, not " + passages);
        }
        List<String[]> used = entries.subList(0, passages);
        Random pick = new Random(seed + 1);
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            asked.add("What is meant by " + used.get(pick.nextInt(used.size()))[0] + "?");
        }
        Path cache = cacheDir.resolve("glosses-" + embedder.model().dimension() + "-" + passages + "-" + seed + ".bin");
        List<float[]> vectors = Files.exists(cache) ? read(cache, passages, embedder.model().dimension())
                : embed(used, embedder, cache);
        return new Vectors(vectors, asked);
    }

    /** Each synset's first word and its definition with examples, in WordNet's order. */
    private static List<String[]> entries() {
        try {
            Dictionary d = Dictionary.getDefaultResourceInstance();
            List<String[]> out = new ArrayList<>();
            for (POS pos : POS.getAllPOS()) {
                for (Iterator<Synset> it = d.getSynsetIterator(pos); it.hasNext(); ) {
                    Synset s = it.next();
                    out.add(new String[] {s.getWords().get(0).getLemma(), s.getGloss()});
                }
            }
            return out;
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet could not be read: " + e.getMessage(), e);
        }
    }

    private static List<float[]> embed(List<String[]> used, Embedder embedder, Path cache) throws IOException {
        List<float[]> out = new ArrayList<>(used.size());
        int batch = 512;
        long start = System.nanoTime();
        for (int from = 0; from < used.size(); from += batch) {
            List<String> texts = used.subList(from, Math.min(used.size(), from + batch)).stream()
                    .map(e -> e[0] + ": " + e[1]).toList();
            out.addAll(embedder.passages(texts));
            if ((from / batch) % 20 == 0) {
                System.err.printf("gloss-corpus: %d of %d embedded, %.0f s%n", out.size(), used.size(),
                        (System.nanoTime() - start) / 1e9);
            }
        }
        Files.createDirectories(cache.getParent());
        try (DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cache)))) {
            for (float[] v : out) {
                for (float x : v) {
                    o.writeFloat(x);
                }
            }
        }
        return out;
    }

    private static List<float[]> read(Path cache, int passages, int dimension) {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
            List<float[]> out = new ArrayList<>(passages);
            for (int p = 0; p < passages; p++) {
                float[] v = new float[dimension];
                for (int i = 0; i < dimension; i++) {
                    v[i] = in.readFloat();
                }
                out.add(v);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
