package newsdesk.answer.extractive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The reader's learned weights, fitted by the training command on questions this project wrote (see the README):
 * a ranking model over {@link Features} (the probability that a sentence answers), an answerability model over
 * {@link Answerability} (the probability that the best sentence found does), the answerability below which the
 * reader declines, and when a second sentence is given too: how close to the best it must come, and how long the
 * two may be together.
 *
 * @param secondRatio a second sentence is added when its ranking probability is at least this share of the best's
 * @param secondMaxWords ... and the two together are at most this many words
 */
record ReaderModel(LogisticModel ranking, LogisticModel answerability, double threshold, double secondRatio,
                   int secondMaxWords) {
    static final String RESOURCE = "/answer/extractive/reader-model.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The model shipped in the jar; it must weigh exactly the features this build computes. */
    static ReaderModel bundled() {
        try (InputStream in = ReaderModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the class path");
            }
            JsonNode root = JSON.readTree(in);
            return new ReaderModel(LogisticModel.parse(root.get("ranking"), Features.NAMES),
                    LogisticModel.parse(root.get("answerability"), Answerability.NAMES),
                    root.get("threshold").asDouble(), root.get("secondRatio").asDouble(),
                    root.get("secondMaxWords").asInt());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reader model", e);
        }
    }

    /** All weights zero (what the training reads features with). */
    static ReaderModel untrained() {
        return new ReaderModel(LogisticModel.zero(Features.NAMES), LogisticModel.zero(Answerability.NAMES), 0.5, 1,
                60);
    }

    ReaderModel withRanking(LogisticModel m) {
        return new ReaderModel(m, answerability, threshold, secondRatio, secondMaxWords);
    }

    ReaderModel withAnswerability(LogisticModel m) {
        return new ReaderModel(ranking, m, threshold, secondRatio, secondMaxWords);
    }

    ReaderModel withThreshold(double t) {
        return new ReaderModel(ranking, answerability, t, secondRatio, secondMaxWords);
    }

    /** The rule for a second sentence: its share of the best's probability, and the pair's words at most. */
    ReaderModel withSecond(double ratio, int maxWords) {
        return new ReaderModel(ranking, answerability, threshold, ratio, maxWords);
    }

    /** The model as the resource holds it (4 decimals: reproducible and readable). */
    String toJson(String trainedOn) {
        ObjectNode root = JSON.createObjectNode();
        root.put("trainedOn", trainedOn);
        ranking.write(root.putObject("ranking"));
        answerability.write(root.putObject("answerability"));
        root.put("threshold", round(threshold));
        root.put("secondRatio", round(secondRatio));
        root.put("secondMaxWords", secondMaxWords);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
