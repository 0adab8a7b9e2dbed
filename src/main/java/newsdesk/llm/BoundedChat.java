package newsdesk.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a chat model within a deadline, plain or streaming, retrying a "try later" failure (429, 5xx) while time
 * remains. The client's own retries are off: they log a stack trace per retry and would not respect the deadline.
 * The deadline also covers a stream that stalls after its first tokens, which the client's timeout does not.
 * Every failure ends as one {@link LlmUnavailable}; nothing here logs above debug.
 */
final class BoundedChat {
    private static final Logger log = LoggerFactory.getLogger(BoundedChat.class);
    private static final long FIRST_BACKOFF_MS = 250;
    private static final long CHECK_MS = 20;

    private final ChatModel chat;
    private final StreamingChatModel streaming;
    private final int maxRetries;
    private final ExecutorService executor;
    private final UnaryOperator<String> redact;

    /**
     * @param streaming null when the provider does not stream; {@link #stream} then makes a plain call
     * @param executor runs the blocking calls so the caller can stop waiting at the deadline
     * @param redact removes secrets from failure details
     */
    BoundedChat(ChatModel chat, StreamingChatModel streaming, int maxRetries, ExecutorService executor,
                UnaryOperator<String> redact) {
        this.chat = chat;
        this.streaming = streaming;
        this.maxRetries = maxRetries;
        this.executor = executor;
        this.redact = redact;
    }

    boolean streams() {
        return streaming != null;
    }

    /** The model's reply text. */
    String chat(List<ChatMessage> messages, Deadline deadline) throws LlmUnavailable {
        ChatRequest request = ChatRequest.builder().messages(messages).build();
        for (int attempt = 0; ; attempt++) {
            Future<ChatResponse> call = executor.submit(() -> chat.chat(request));
            try {
                ChatResponse response = await(call, deadline);
                return textOf(response, "");
            } catch (TimeoutException e) {
                call.cancel(true);
                throw new LlmUnavailable("timeout", "no reply within the time limit");
            } catch (ExecutionException e) {
                if (!waitedToRetry(e.getCause(), attempt, deadline)) {
                    throw LlmUnavailable.of(e.getCause(), redact);
                }
            } catch (InterruptedException e) {
                call.cancel(true);
                Thread.currentThread().interrupt();
                throw new LlmUnavailable("interrupted", "interrupted while waiting for the model");
            }
        }
    }

    /**
     * The model's reply text, reporting the text so far to {@code textSoFar} while it streams. A failure before the
     * first token is retried like a plain call; once text has been shown it is not.
     */
    String stream(List<ChatMessage> messages, Deadline deadline, Consumer<String> textSoFar) throws LlmUnavailable {
        if (streaming == null) {
            return chat(messages, deadline);
        }
        ChatRequest request = ChatRequest.builder().messages(messages).build();
        for (int attempt = 0; ; attempt++) {
            StreamAttempt stream = new StreamAttempt(textSoFar);
            try {
                executor.execute(() -> {
                    try {
                        streaming.chat(request, stream);
                    } catch (RuntimeException e) {
                        stream.onError(e);
                    }
                });
                ChatResponse response = await(stream.done, deadline);
                if (response.finishReason() == null) {
                    throw new LlmUnavailable("incomplete response",
                            "the stream ended without a finish reason after " + stream.text().length() + " characters");
                }
                return textOf(response, stream.text());
            } catch (TimeoutException e) {
                stream.cancel();
                throw stream.started()
                        ? new LlmUnavailable("stream stalled", "the stream stopped after " + stream.text().length()
                        + " characters and did not finish in time")
                        : new LlmUnavailable("timeout", "no reply within the time limit");
            } catch (ExecutionException e) {
                if (stream.started() || !waitedToRetry(e.getCause(), attempt, deadline)) {
                    throw LlmUnavailable.of(e.getCause(), redact);
                }
            } catch (InterruptedException e) {
                stream.cancel();
                Thread.currentThread().interrupt();
                throw new LlmUnavailable("interrupted", "interrupted while waiting for the model");
            } finally {
                stream.close();
            }
        }
    }

    /**
     * Waits for the call until the deadline, looking at the deadline's ticker every {@value #CHECK_MS} ms (a wait of
     * the whole remaining time at once would not see a test's clock move).
     */
    private static <T> T await(Future<T> call, Deadline deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        while (true) {
            long remaining = deadline.remainingNanos();
            if (remaining == 0) {
                throw new TimeoutException();
            }
            try {
                return call.get(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(CHECK_MS)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException notYet) {
                // look at the deadline again
            }
        }
    }

    private boolean waitedToRetry(Throwable failure, int attempt, Deadline deadline) {
        if (attempt >= maxRetries || !LlmUnavailable.retriable(failure)) {
            return false;
        }
        long backoffMs = FIRST_BACKOFF_MS << attempt;
        if (TimeUnit.NANOSECONDS.toMillis(deadline.remainingNanos()) < backoffMs * 2) {
            return false;
        }
        log.debug("model call failed ({}), retrying in {} ms", LlmUnavailable.reasonFor(failure), backoffMs);
        try {
            Thread.sleep(backoffMs);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String textOf(ChatResponse response, String streamed) throws LlmUnavailable {
        AiMessage message = response == null ? null : response.aiMessage();
        String text = message == null || message.text() == null || message.text().isBlank() ? streamed : message.text();
        if (text == null || text.isBlank()) {
            throw new LlmUnavailable("empty response", "the model replied without text");
        }
        return text;
    }

    /** One streamed reply; stops reporting text once the caller has stopped waiting for it. */
    private static final class StreamAttempt implements StreamingChatResponseHandler {
        final CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        private final Consumer<String> textSoFar;
        private final StringBuilder text = new StringBuilder();
        private final AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        private volatile boolean open = true;
        private volatile boolean started;

        StreamAttempt(Consumer<String> textSoFar) {
            this.textSoFar = textSoFar;
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            if (context != null) {
                handle.set(context.streamingHandle());
            }
            append(partial.text());
        }

        @Override
        public void onPartialResponse(String partial) {
            append(partial);
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            done.complete(response);
        }

        @Override
        public void onError(Throwable error) {
            done.completeExceptionally(error);
        }

        private void append(String partial) {
            if (!open) {
                cancel();
                return;
            }
            if (partial == null || partial.isEmpty()) {
                return;
            }
            String soFar;
            synchronized (text) {
                text.append(partial);
                soFar = text.toString();
            }
            started = true;
            try {
                textSoFar.accept(soFar);
            } catch (RuntimeException e) {
                log.debug("the partial-text consumer failed: {}", e.toString());
            }
        }

        String text() {
            synchronized (text) {
                return text.toString();
            }
        }

        boolean started() {
            return started;
        }

        void close() {
            open = false;
        }

        void cancel() {
            open = false;
            StreamingHandle h = handle.get();
            if (h != null && !h.isCancelled()) {
                try {
                    h.cancel();
                } catch (RuntimeException e) {
                    log.debug("cancelling the stream failed: {}", e.toString());
                }
            }
        }
    }
}
