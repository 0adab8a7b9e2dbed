package newsdesk.cli;

import java.util.List;

/**
 * One question of an eval set.
 *
 * @param expect groups of alternatives: the answer must hold one alternative of every group
 * @param evidence strings one of which some citation must quote
 */
record EvalItem(String id, String question, boolean answerable, List<List<String>> expect, List<String> evidence) {
    /** The text holds one of the evidence strings (case, whitespace and typographic quotes aside). */
    boolean holdsEvidence(String text) {
        String t = normalised(text);
        return evidence.stream().anyMatch(e -> t.contains(normalised(e)));
    }

    static String normalised(String text) {
        return text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
