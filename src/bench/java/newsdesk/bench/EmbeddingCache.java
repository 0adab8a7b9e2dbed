package newsdesk.bench;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Vectors by text hash, kept in one append-only file of (hash, dimension, floats) records. */
final class EmbeddingCache {
    private final Path file;
    private final Map<Long, float[]> vectors = new HashMap<>();
    private final Map<Long, float[]> added = new LinkedHashMap<>();

    private EmbeddingCache(Path file) {
        this.file = file;
    }

    /** Reads the cache; it stops at the first record that is not of this dimension (a run cut short). */
    static EmbeddingCache load(Path file, int dimension) throws IOException {
        EmbeddingCache cache = new EmbeddingCache(file);
        if (!Files.isRegularFile(file)) {
            return cache;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE - 8) {
                throw new IOException("the embedding cache " + file + " is too large; delete it");
            }
            ByteBuffer all = ByteBuffer.allocate((int) ch.size());
            while (all.hasRemaining() && ch.read(all) > 0) {
                // read the whole file
            }
            all.flip();
            while (all.remaining() >= 12) {
                long key = all.getLong();
                if (all.getInt() != dimension || all.remaining() < dimension * 4) {
                    break;
                }
                float[] v = new float[dimension];
                all.asFloatBuffer().get(v);
                all.position(all.position() + dimension * 4);
                cache.vectors.put(key, v);
            }
        }
        return cache;
    }

    float[] get(String text) {
        return vectors.get(key(text));
    }

    void put(String text, float[] vector) {
        long k = key(text);
        if (vectors.put(k, vector) == null) {
            added.put(k, vector);
        }
    }

    void save() throws IOException {
        if (added.isEmpty()) {
            return;
        }
        Files.createDirectories(file.getParent());
        // Locked, so that two bench runs sharing the cache never interleave half records.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            FileLock lock = channel.lock();
            try {
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                        java.nio.channels.Channels.newOutputStream(channel), 1 << 16));
                for (var e : added.entrySet()) {
                    out.writeLong(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
                out.flush();
            } finally {
                lock.release();
            }
        }
        added.clear();
    }

    static long key(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(d).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
