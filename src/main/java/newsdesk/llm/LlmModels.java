package newsdesk.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * Builds the LangChain4j chat models for a provider. Ollama is reached through its OpenAI-compatible {@code /v1}
 * endpoint with the OpenAI client: the native {@code langchain4j-ollama} module is published only up to 1.18.1 and
 * would mix release lines with the 1.19 core. Request and response logging stay off (they would log the prompt and
 * headers); the clients' own retries are off because {@link BoundedChat} retries within the deadline.
 */
final class LlmModels {
    /** Anthropic requires a limit; answers are short. */
    private static final int ANTHROPIC_MAX_TOKENS = 1024;

    private LlmModels() {
    }

    static ChatModel chat(LlmSettings s) {
        return switch (s.provider()) {
            case "openai", "ollama" -> OpenAiChatModel.builder()
                    .baseUrl(s.baseUrl())
                    .apiKey(s.apiKey())
                    .modelName(s.model())
                    .temperature(s.temperature())
                    .timeout(s.timeout())
                    .maxRetries(0)
                    .logRequests(false)
                    .logResponses(false)
                    .build();
            case "anthropic" -> AnthropicChatModel.builder()
                    .baseUrl(s.baseUrl())
                    .apiKey(s.apiKey())
                    .modelName(s.model())
                    .temperature(s.temperature())
                    .maxTokens(ANTHROPIC_MAX_TOKENS)
                    .timeout(s.timeout())
                    .maxRetries(0)
                    .logRequests(false)
                    .logResponses(false)
                    .build();
            default -> throw new IllegalArgumentException("no chat model for provider " + s.provider());
        };
    }

    static StreamingChatModel streaming(LlmSettings s) {
        return switch (s.provider()) {
            case "openai", "ollama" -> OpenAiStreamingChatModel.builder()
                    .baseUrl(s.baseUrl())
                    .apiKey(s.apiKey())
                    .modelName(s.model())
                    .temperature(s.temperature())
                    .timeout(s.timeout())
                    .logRequests(false)
                    .logResponses(false)
                    .build();
            case "anthropic" -> AnthropicStreamingChatModel.builder()
                    .baseUrl(s.baseUrl())
                    .apiKey(s.apiKey())
                    .modelName(s.model())
                    .temperature(s.temperature())
                    .maxTokens(ANTHROPIC_MAX_TOKENS)
                    .timeout(s.timeout())
                    .logRequests(false)
                    .logResponses(false)
                    .build();
            default -> throw new IllegalArgumentException("no streaming model for provider " + s.provider());
        };
    }
}
