package newsdesk.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Packs blocks of text into messages of at most {@code limit} characters. Blocks are separated by a blank line and
 * kept whole when they fit; a block too long for one message is cut between lines, then between cited sentences
 * (after a {@code [n]} mark), then between sentences, and only as a last resort at a space.
 */
final class MessagePacker {
    /** After a run of citation marks, or after sentence punctuation, followed by a space. */
    private static final Pattern CITED_END = Pattern.compile("(?:\\[\\d+])+ (?=\\S)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]* (?=\\S)");

    private MessagePacker() {
    }

    static List<String> pack(List<String> blocks, int limit) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String block : blocks) {
            if (fits(current, "\n\n", block, limit)) {
                append(current, "\n\n", block);
                continue;
            }
            if (block.length() <= limit) {
                flush(current, messages);
                current.append(block);
                continue;
            }
            String separator = "\n\n";
            for (String line : block.split("\n")) {
                for (String piece : pieces(line, limit)) {
                    if (!fits(current, separator, piece, limit)) {
                        flush(current, messages);
                    }
                    append(current, separator, piece);
                    separator = " ";
                }
                separator = "\n";
            }
        }
        flush(current, messages);
        return messages;
    }

    /** A line cut into pieces that each fit, preferring cuts after citation marks, then after sentences. */
    static List<String> pieces(String line, int limit) {
        if (line.length() <= limit) {
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        for (String cited : cut(line, CITED_END)) {
            if (cited.length() <= limit) {
                out.add(cited);
                continue;
            }
            for (String sentence : cut(cited, SENTENCE_END)) {
                if (sentence.length() <= limit) {
                    out.add(sentence);
                } else {
                    out.addAll(hardCut(sentence, limit));
                }
            }
        }
        return merge(out, limit);
    }

    /** Cuts after each match, dropping the single space the match ends with. */
    private static List<String> cut(String text, Pattern after) {
        List<String> out = new ArrayList<>();
        Matcher m = after.matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(text.substring(start, m.end() - 1));
            start = m.end();
        }
        out.add(text.substring(start));
        return out;
    }

    private static List<String> hardCut(String text, int limit) {
        List<String> out = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int space = rest.lastIndexOf(' ', limit);
            int at = space > 0 ? space : limit;
            out.add(rest.substring(0, at));
            rest = rest.substring(space > 0 ? at + 1 : at);
        }
        out.add(rest);
        return out;
    }

    /** Joins neighbouring pieces again (with a space) while they fit, so a line is cut no more than needed. */
    private static List<String> merge(List<String> pieces, int limit) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String p : pieces) {
            if (current.length() > 0 && current.length() + 1 + p.length() > limit) {
                out.add(current.toString());
                current.setLength(0);
            }
            append(current, " ", p);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static boolean fits(StringBuilder current, String separator, String text, int limit) {
        int extra = current.length() == 0 ? 0 : separator.length();
        return current.length() + extra + text.length() <= limit;
    }

    private static void append(StringBuilder current, String separator, String text) {
        if (current.length() > 0) {
            current.append(separator);
        }
        current.append(text);
    }

    private static void flush(StringBuilder current, List<String> messages) {
        if (current.length() > 0) {
            messages.add(current.toString());
            current.setLength(0);
        }
    }
}
