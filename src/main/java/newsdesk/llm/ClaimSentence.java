package newsdesk.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of a model's reply with the passage numbers its {@code [n]} markers name (in order of first use).
 * Markers may be written {@code [1]}, {@code [1][2]}, {@code [1, 2]}, {@code [1-3]} or {@code [passage 1]}.
 */
record ClaimSentence(String text, List<Integer> cited) {
    static final Pattern MARKER = Pattern.compile(
            "\\[\\s*(?:passages?\\s*)?(\\d+(?:\\s*(?:,|–|-|and)\\s*\\d+)*)\\s*]", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[–-]\\s*(\\d+)");

    ClaimSentence {
        cited = List.copyOf(cited);
    }

    static ClaimSentence of(String text) {
        Set<Integer> cited = new LinkedHashSet<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            cited.addAll(numbersIn(m.group(1)));
        }
        return new ClaimSentence(text, new ArrayList<>(cited));
    }

    /** The sentence without its markers: what the facts are read from. */
    String claim() {
        return MARKER.matcher(text).replaceAll("").replaceAll("\\s+([.,;:!?])", "$1").replaceAll("\\s{2,}", " ").strip();
    }

    boolean hasMarkers() {
        return !cited.isEmpty();
    }

    /** The same sentence citing only the given passages; markers of the others are removed. */
    ClaimSentence citingOnly(Set<Integer> keep) {
        return ClaimSentence.of(renumbered(n -> keep.contains(n) ? n : 0));
    }

    /**
     * The sentence with each marker group rewritten as {@code [a][b]} through the given renumbering; a number
     * mapped to 0 or less is left out.
     */
    String renumbered(java.util.function.IntUnaryOperator newNumber) {
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder group = new StringBuilder();
            for (int n : numbersIn(m.group(1))) {
                int renumbered = newNumber.applyAsInt(n);
                String marker = "[" + renumbered + "]";
                if (renumbered > 0 && group.indexOf(marker) < 0) {
                    group.append(marker);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(group.toString()));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s{2,}", " ").replaceAll("\\s+([.,;:!?])", "$1").strip();
    }

    private static List<Integer> numbersIn(String group) {
        List<Integer> out = new ArrayList<>();
        Matcher range = RANGE.matcher(group);
        StringBuilder rest = new StringBuilder();
        while (range.find()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            for (int n = from; n <= to && n - from < 20; n++) {
                out.add(n);
            }
            range.appendReplacement(rest, " ");
        }
        range.appendTail(rest);
        Matcher m = NUMBER.matcher(rest);
        while (m.find()) {
            out.add(Integer.parseInt(m.group()));
        }
        return out;
    }
}
