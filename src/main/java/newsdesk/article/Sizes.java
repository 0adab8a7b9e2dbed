package newsdesk.article;

/** File sizes for people: 512 bytes, 40 KB, 5 MB, 12.5 MB (1 KB = 1024 bytes). */
final class Sizes {
    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private Sizes() {
    }

    static String human(long bytes) {
        if (bytes < KB) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < MB) {
            return oneDecimal((double) bytes / KB) + " KB";
        }
        return oneDecimal((double) bytes / MB) + " MB";
    }

    private static String oneDecimal(double value) {
        String s = String.format(java.util.Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
