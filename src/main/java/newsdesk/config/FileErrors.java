package newsdesk.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * The operating system's reason behind a failed file operation, in words a person reads: "permission denied",
 * "not a directory", "read-only file system", "no space left on device". Java often puts only the path in the
 * message (an {@link AccessDeniedException} says just the file's name), so the type is read first.
 */
public final class FileErrors {
    private FileErrors() {
    }

    public static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null && !fs.getReason().isBlank()) {
            return lower(fs.getReason());
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        Throwable cause = e.getCause();
        if (cause instanceof IOException io && cause != e) {
            return reason(io);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : lower(message);
    }

    /** "No space left on device" reads better mid-sentence as "no space left on device". */
    private static String lower(String reason) {
        if (reason.length() > 1 && Character.isUpperCase(reason.charAt(0)) && Character.isLowerCase(reason.charAt(1))) {
            return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
        }
        return reason;
    }
}
