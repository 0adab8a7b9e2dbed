package newsdesk.discord;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link SlashCommand} answers: Discord markdown (split when long) and files attached to the last message.
 *
 * @param files at most {@link #MAX_FILES}, each at most {@link #MAX_FILE_BYTES}
 */
public record SlashReply(String text, List<File> files) {
    public static final int MAX_FILES = 10;
    public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    /** A file to attach: its name (with its extension, which Discord uses to show it) and its bytes. */
    public record File(String name, byte[] content) {
        public File {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
            if (content.length > MAX_FILE_BYTES) {
                throw new IllegalArgumentException(name + " is larger than " + MAX_FILE_BYTES + " bytes");
            }
        }
    }

    public SlashReply {
        files = List.copyOf(files);
        if (files.size() > MAX_FILES) {
            throw new IllegalArgumentException("at most " + MAX_FILES + " files in one reply");
        }
    }

    public static SlashReply of(String text) {
        return new SlashReply(text, List.of());
    }
}
