package newsdesk.cli;

import java.util.Map;
import java.util.TreeMap;

/** How a claim filter's "show" decisions compare with the labels: counts, precision and recall, per kind. */
final class ConfusionMatrix {
    private int shownRight;
    private int shownWrong;
    private int droppedRight;
    private int droppedWrong;
    private final Map<String, int[]> byKind = new TreeMap<>();  // kind -> {shown, total}

    void add(String kind, boolean shouldShow, boolean shown) {
        if (shown) {
            if (shouldShow) {
                shownRight++;
            } else {
                shownWrong++;
            }
        } else if (shouldShow) {
            droppedWrong++;
        } else {
            droppedRight++;
        }
        int[] k = byKind.computeIfAbsent(kind, x -> new int[2]);
        k[0] += shown ? 1 : 0;
        k[1]++;
    }

    double precision() {
        return shownRight + shownWrong == 0 ? 1.0 : (double) shownRight / (shownRight + shownWrong);
    }

    double recall() {
        return shownRight + droppedWrong == 0 ? 1.0 : (double) shownRight / (shownRight + droppedWrong);
    }

    /** How many claims of a kind were shown. */
    int shown(String kind) {
        int[] k = byKind.get(kind);
        return k == null ? 0 : k[0];
    }

    int total(String kind) {
        int[] k = byKind.get(kind);
        return k == null ? 0 : k[1];
    }

    String render(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n');
        sb.append(String.format("                      shown   dropped%n"));
        sb.append(String.format("  should be shown   %7d   %7d%n", shownRight, droppedWrong));
        sb.append(String.format("  should be dropped %7d   %7d%n", shownWrong, droppedRight));
        sb.append(String.format("  precision %.3f, recall %.3f (for \"show this claim\"), %d claims%n",
                precision(), recall(), shownRight + shownWrong + droppedRight + droppedWrong));
        sb.append("  shown by kind:");
        byKind.forEach((kind, k) -> sb.append(String.format(" %s %d/%d;", kind, k[0], k[1])));
        sb.setLength(sb.length() - 1);
        return sb.append('\n').toString();
    }
}
