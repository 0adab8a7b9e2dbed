package newsdesk.answer.extractive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear model of named features: a weighted sum plus a bias, read as a probability through the logistic function
 * (or, for a ranking, through the softmax over the candidates).
 */
record LogisticModel(List<String> features, double[] weights, double bias) {
    LogisticModel {
        features = List.copyOf(features);
        if (weights.length != features.size()) {
            throw new IllegalArgumentException(features.size() + " features but " + weights.length + " weights");
        }
    }

    static LogisticModel zero(List<String> features) {
        return new LogisticModel(features, new double[features.size()], 0);
    }

    /** The weighted sum of the features plus the bias. */
    double score(double[] x) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        return z;
    }

    double probability(double[] x) {
        return 1 / (1 + Math.exp(-score(x)));
    }

    /** The same weights rounded to 4 decimals, as the model file keeps them. */
    LogisticModel rounded() {
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = ReaderModel.round(weights[i]);
        }
        return new LogisticModel(features, w, ReaderModel.round(bias));
    }

    /** Reads {"weights": {name: w, ...}, "bias": b}; every expected feature must be there, and no other. */
    static LogisticModel parse(JsonNode node, List<String> expected) {
        JsonNode w = node.get("weights");
        List<String> names = new ArrayList<>();
        w.fieldNames().forEachRemaining(names::add);
        if (!names.equals(expected)) {
            throw new IllegalStateException("the reader model weighs " + names + " but this build computes " + expected
                    + ": run the reader training again");
        }
        double[] weights = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            weights[i] = w.get(names.get(i)).asDouble();
        }
        return new LogisticModel(names, weights, node.get("bias").asDouble());
    }

    void write(ObjectNode node) {
        ObjectNode w = node.putObject("weights");
        for (int i = 0; i < features.size(); i++) {
            w.put(features.get(i), ReaderModel.round(weights[i]));
        }
        node.put("bias", ReaderModel.round(bias));
    }
}
