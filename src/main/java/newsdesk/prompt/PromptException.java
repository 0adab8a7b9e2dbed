package newsdesk.prompt;

/** A prompt file that is missing or uses a placeholder it may not; the message names the file and the placeholder. */
public final class PromptException extends RuntimeException {
    public PromptException(String message) {
        super(message);
    }
}
