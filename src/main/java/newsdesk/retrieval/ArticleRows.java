package newsdesk.retrieval;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import newsdesk.article.Article;
import newsdesk.article.Passage;
import newsdesk.article.StoredArticle;
import newsdesk.database.Dialect;

/**
 * The {@code articles} and {@code passages} tables of the shared database: articles with their vectors exactly as
 * the index holds them, so a local copy is built from rows without the embedding model.
 */
final class ArticleRows {
    static final String CHANNEL = "newsdesk_articles";
    private static final String COLUMNS = "id, content_hash, title, source, published, url, origin, body, ingested_at, "
            + "passage_sentences, embedding_model";

    private final Dialect dialect;

    ArticleRows(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The stored article with the id, without its vectors. */
    Optional<IndexView.ArticleRecord> current(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + ", (SELECT COUNT(*) FROM passages "
                + "WHERE article_id = articles.id) AS passage_count FROM articles WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                IndexView.ArticleRecord r = record(rs);
                StoredArticle s = r.stored();
                return Optional.of(new IndexView.ArticleRecord(new StoredArticle(s.article(), s.ingestedAt(),
                        rs.getInt("passage_count"), s.contentHash()), r.passageSentences(), r.model()));
            }
        }
    }

    List<String> idsWithHash(Connection c, String hash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM articles WHERE content_hash = ?")) {
            p.setString(1, hash);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    /** A model other than this one that made some stored vectors, if any. */
    Optional<String> otherModel(Connection c, String model) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT embedding_model FROM articles WHERE embedding_model <> ? LIMIT 1")) {
            p.setString(1, model);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Stores the article in place of any earlier version, inside the caller's transaction. */
    void write(Connection c, EmbeddedArticle a) throws SQLException {
        StoredArticle s = a.stored();
        Article article = s.article();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO articles (" + COLUMNS + ", sentence_offsets, "
                + "sentence_vectors, change_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + dialect.changeKey()
                + ") ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title, "
                + "source = excluded.source, published = excluded.published, url = excluded.url, "
                + "origin = excluded.origin, body = excluded.body, ingested_at = excluded.ingested_at, "
                + "passage_sentences = excluded.passage_sentences, embedding_model = excluded.embedding_model, "
                + "sentence_offsets = excluded.sentence_offsets, sentence_vectors = excluded.sentence_vectors, "
                + "change_id = excluded.change_id")) {
            p.setString(1, s.id());
            p.setString(2, s.contentHash());
            p.setString(3, article.title());
            p.setString(4, article.source());
            p.setString(5, article.published());
            p.setString(6, article.url());
            p.setString(7, article.origin());
            p.setString(8, article.text());
            p.setLong(9, s.ingestedAt().toEpochMilli());
            p.setInt(10, a.passageSentences());
            p.setString(11, a.model());
            List<newsdesk.article.Sentence> sentences = new ArrayList<>();
            a.passages().forEach(passage -> sentences.addAll(passage.sentences()));
            p.setBytes(12, ArticleDocuments.offsetBytes(sentences));
            p.setBytes(13, a.sentenceVectors().encode());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM passages WHERE article_id = ?")) {
            p.setString(1, s.id());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO passages (article_id, ordinal, offsets, vector) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < a.passages().size(); i++) {
                Passage passage = a.passages().get(i);
                p.setString(1, s.id());
                p.setInt(2, passage.ordinal());
                p.setBytes(3, ArticleDocuments.offsetBytes(passage.sentences()));
                p.setBytes(4, floats(a.passageVectors().get(i)));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Wakes every copy when the caller's transaction commits. */
    void announce(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(dialect.notify(CHANNEL));
        }
    }

    String listenStatement() {
        return dialect.listen(CHANNEL);
    }

    /** Every change keyed below this is committed and visible now. */
    long horizon(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(dialect.changeHorizon())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The ids and change keys of the articles changed at or after a key, oldest change first. */
    List<Change> changesSince(Connection c, long from) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, change_id FROM articles WHERE change_id >= ? ORDER BY change_id, id")) {
            p.setLong(1, from);
            p.setFetchSize(10_000);
            List<Change> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getString(1), rs.getLong(2)));
                }
            }
            return out;
        }
    }

    /** One article's change: its id and the key of the transaction that wrote its current version. */
    record Change(String id, long key) {
    }

    /** The articles with these ids, with passages and vectors, in the order of the ids (absent ones left out). */
    List<EmbeddedArticle> load(Connection c, List<String> ids) throws SQLException {
        Map<String, List<Passage>> passages = new HashMap<>();
        Map<String, List<float[]>> vectors = new HashMap<>();
        Map<String, EmbeddedArticle> byId = new HashMap<>();
        Map<String, Row> rows = new HashMap<>();
        java.sql.Array array = c.createArrayOf("varchar", ids.toArray());
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + ", sentence_offsets, sentence_vectors "
                + "FROM articles WHERE id = ANY (?)")) {
            p.setArray(1, array);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Row(record(rs), rs.getBytes(12), rs.getBytes(13)));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT article_id, ordinal, offsets, vector FROM passages "
                + "WHERE article_id = ANY (?) ORDER BY article_id, ordinal")) {
            p.setArray(1, array);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Row row = rows.get(id);
                    if (row == null) {
                        continue; // written between the two queries: the next catch-up reads it whole
                    }
                    byte[] offsets = rs.getBytes(3);
                    String text = row.record().stored().article().text();
                    passages.computeIfAbsent(id, k -> new ArrayList<>()).add(new Passage(id, rs.getInt(2),
                            ArticleDocuments.decodeOffsets(offsets, 0, offsets.length, text)));
                    vectors.computeIfAbsent(id, k -> new ArrayList<>()).add(floats(rs.getBytes(4)));
                }
            }
        }
        for (Row row : rows.values()) {
            StoredArticle read = row.record().stored();
            List<Passage> ps = passages.getOrDefault(read.id(), List.of());
            SentenceVectors sentenceVectors = SentenceVectors.decode(row.sentenceVectors(), 0,
                    row.sentenceVectors().length);
            if (ps.isEmpty() || ps.stream().mapToInt(x -> x.sentences().size()).sum() != sentenceVectors.size()) {
                continue; // not whole (read outside one snapshot): the next catch-up reads it again
            }
            StoredArticle s = new StoredArticle(read.article(), read.ingestedAt(), ps.size(), read.contentHash());
            byId.put(s.id(), new EmbeddedArticle(s, row.record().passageSentences(), ps,
                    vectors.getOrDefault(s.id(), List.of()), sentenceVectors, row.record().model()));
        }
        List<EmbeddedArticle> out = new ArrayList<>(byId.size());
        for (String id : ids) {
            EmbeddedArticle a = byId.get(id);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private record Row(IndexView.ArticleRecord record, byte[] sentenceOffsets, byte[] sentenceVectors) {
    }

    /** A name for this database's articles, made once: a local copy records it and is rebuilt for another one. */
    String identity(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO store_identity (name, value) VALUES ('articles', ?) ON CONFLICT (name) DO NOTHING")) {
            p.setString(1, UUID.randomUUID().toString());
            p.executeUpdate();
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM store_identity WHERE name = 'articles'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The article of the row; its passage count is left 0 (they are another table's rows). */
    private static IndexView.ArticleRecord record(ResultSet rs) throws SQLException {
        Article a = new Article(rs.getString("id"), rs.getString("title"), rs.getString("source"),
                rs.getString("published"), rs.getString("url"), rs.getString("body"), rs.getString("origin"));
        StoredArticle s = new StoredArticle(a, Instant.ofEpochMilli(rs.getLong("ingested_at")),
                0, rs.getString("content_hash"));
        return new IndexView.ArticleRecord(s, rs.getInt("passage_sentences"), rs.getString("embedding_model"));
    }

    static byte[] floats(float[] v) {
        ByteBuffer buf = ByteBuffer.allocate(v.length * 4);
        for (float x : v) {
            buf.putFloat(x);
        }
        return buf.array();
    }

    static float[] floats(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        float[] v = new float[bytes.length / 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = buf.getFloat();
        }
        return v;
    }
}
