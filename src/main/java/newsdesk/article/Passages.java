package newsdesk.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article's text (not its title, which is metadata) into passages of a few consecutive sentences.
 *
 * <p>A passage never crosses a paragraph break (a blank line). A paragraph longer than the passage size is cut
 * into chunks of that size; when the last chunk would be a single sentence of at most
 * {@value #LONE_SENTENCE_MERGE_CHARS} characters it joins the chunk before it, so such a paragraph can yield one
 * passage of size + 1 sentences rather than a lone scrap.
 */
public final class Passages {
    public static final int DEFAULT_SENTENCES_PER_PASSAGE = 3;
    static final int LONE_SENTENCE_MERGE_CHARS = 200;

    private Passages() {
    }

    public static List<Passage> split(Article article) {
        return split(article, DEFAULT_SENTENCES_PER_PASSAGE);
    }

    public static List<Passage> split(Article article, int sentencesPerPassage) {
        if (sentencesPerPassage < 1) {
            throw new IllegalArgumentException("sentences per passage must be at least 1, not " + sentencesPerPassage);
        }
        List<Passage> passages = new ArrayList<>();
        for (List<Sentence> paragraph : paragraphs(article.text())) {
            for (List<Sentence> chunk : chunks(paragraph, sentencesPerPassage)) {
                passages.add(new Passage(article.id(), passages.size(), chunk));
            }
        }
        return passages;
    }

    private static List<List<Sentence>> paragraphs(String text) {
        List<List<Sentence>> paragraphs = new ArrayList<>();
        List<Sentence> current = new ArrayList<>();
        Sentence previous = null;
        for (Sentence sentence : SentenceSplitter.split(text)) {
            if (previous != null && blankLineBetween(text, previous.end(), sentence.start())) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
            current.add(sentence);
            previous = sentence;
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    /** The gap between two sentences holds only whitespace, so two line breaks in it mean a blank line. */
    private static boolean blankLineBetween(String text, int from, int to) {
        int lineBreaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u2029') {
                lineBreaks++;
            }
        }
        return lineBreaks >= 2;
    }

    private static List<List<Sentence>> chunks(List<Sentence> paragraph, int size) {
        List<List<Sentence>> chunks = new ArrayList<>();
        for (int from = 0; from < paragraph.size(); from += size) {
            chunks.add(new ArrayList<>(paragraph.subList(from, Math.min(from + size, paragraph.size()))));
        }
        int last = chunks.size() - 1;
        if (last > 0 && size > 1 && chunks.get(last).size() == 1
                && chunks.get(last).get(0).text().length() <= LONE_SENTENCE_MERGE_CHARS) {
            chunks.get(last - 1).addAll(chunks.remove(last));
        }
        return chunks;
    }
}
