package newsdesk.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * The language model could not give a usable reply in time. {@link #reason()} is short and safe to show a user
 * ("timeout", "rate limited", "server error", ...); {@link #detail()} is for the log.
 */
public final class LlmUnavailable extends Exception {
    private final String reason;

    LlmUnavailable(String reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    /** @param redact removes secrets (the API key) from the detail that goes to the log */
    static LlmUnavailable of(Throwable failure, java.util.function.UnaryOperator<String> redact) {
        return new LlmUnavailable(reasonFor(failure), redact.apply(describe(failure)));
    }

    public String reason() {
        return reason;
    }

    public String detail() {
        return getMessage();
    }

    /** Worth another try within the deadline: the server said "later", not "no". */
    static boolean retriable(Throwable failure) {
        return failure instanceof RetriableException && !(failure instanceof dev.langchain4j.exception.TimeoutException);
    }

    static String reasonFor(Throwable failure) {
        if (failure instanceof RateLimitException) {
            return "rate limited";
        }
        if (failure instanceof InternalServerException) {
            return "server error";
        }
        if (failure instanceof AuthenticationException) {
            return "authentication failed";
        }
        if (failure instanceof ModelNotFoundException) {
            return "model not found";
        }
        if (failure instanceof InvalidRequestException) {
            return "request rejected";
        }
        if (failure instanceof HttpException http) {
            return "HTTP " + http.statusCode();
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof java.net.SocketTimeoutException) {
                return "timeout";
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "host not found";
            }
            if (t instanceof com.fasterxml.jackson.core.JacksonException) {
                return "malformed response";
            }
        }
        return "error";
    }

    /** The failure in one line, without a stack trace. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = failure.getClass().getSimpleName() + ": " + firstLine(failure.getMessage());
        String rootMessage = firstLine(root.getMessage());
        if (root != failure && !(rootMessage.length() > 8 && text.contains(rootMessage))) {
            text += " (caused by " + root.getClass().getSimpleName() + ": " + rootMessage + ")";
        }
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
