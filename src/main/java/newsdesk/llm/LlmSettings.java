package newsdesk.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import newsdesk.config.Config;
import newsdesk.config.ConfigException;

/**
 * The {@code llm.*} settings, checked, with the API key taken from the environment. The key never appears in
 * {@link #toString()} or in a message.
 *
 * @param baseUrl the endpoint, never blank (the provider's default when not configured)
 * @param apiKey the key to send; a placeholder for endpoints that take none
 * @param judge {@value #JUDGE_SAME_MODEL}, {@value #JUDGE_OFF} or the name of the model that checks each claim
 */
public record LlmSettings(String provider, String baseUrl, String model, Duration timeout, int maxRetries,
                   double temperature, boolean stream, String apiKey, String judge) {
    public static final String JUDGE_SAME_MODEL = "same-model";
    public static final String JUDGE_OFF = "off";
    public static final String API_KEY_ENV = "NEWSDESK_LLM_API_KEY";
    static final String OPENAI_DEFAULT_URL = "https://api.openai.com/v1";
    static final String OLLAMA_DEFAULT_URL = "http://localhost:11434/v1";
    static final String ANTHROPIC_DEFAULT_URL = "https://api.anthropic.com/v1/";
    /** Sent to endpoints that need no key (Ollama, a local server): the client insists on one. */
    static final String NO_KEY = "no-key";

    public static LlmSettings from(Config config, Map<String, String> env) {
        String provider = config.choice("llm.provider", "none", "openai", "ollama", "anthropic");
        String configuredUrl = config.optionalString("llm.base-url").orElse("");
        if (!configuredUrl.isEmpty()) {
            checkUrl(configuredUrl);
        }
        String baseUrl = configuredUrl.isEmpty() ? defaultUrl(provider) : configuredUrl;
        String model = config.optionalString("llm.model").orElse(defaultModel(provider));
        Duration timeout = Duration.ofSeconds(config.integer("llm.timeout-seconds", 1, 600));
        int maxRetries = config.integer("llm.max-retries", 0, 5);
        double temperature = config.decimal("llm.temperature", 0.0, 2.0);
        String apiKey = provider.equals("none") ? NO_KEY : apiKey(provider, configuredUrl, env);
        String judge = config.optionalString("llm.judge").map(String::strip).filter(j -> !j.isEmpty())
                .orElse(JUDGE_SAME_MODEL);
        return new LlmSettings(provider, baseUrl, model, timeout, maxRetries, temperature, config.bool("llm.stream"),
                apiKey, judge);
    }

    /** True when a second call checks each claim of an answer ({@code llm.judge} is not {@value #JUDGE_OFF}). */
    public boolean judges() {
        return enabled() && !judge.equalsIgnoreCase(JUDGE_OFF);
    }

    /** The settings of the judge's calls: the same endpoint, its own model if named, temperature 0, no streaming. */
    LlmSettings forJudge() {
        String judgeModel = judge.equalsIgnoreCase(JUDGE_SAME_MODEL) ? model : judge;
        return new LlmSettings(provider, baseUrl, judgeModel, timeout, maxRetries, 0.0, false, apiKey, judge);
    }

    public boolean enabled() {
        return !provider.equals("none");
    }

    /** Replaces the key wherever it appears (error messages of some servers echo it). */
    public String redact(String text) {
        if (text == null || apiKey.equals(NO_KEY) || apiKey.length() < 6) {
            return text;
        }
        return text.replace(apiKey, "***");
    }

    @Override
    public String toString() {
        return "llm " + provider + " " + model + " at " + baseUrl + " (timeout " + timeout.toSeconds() + " s, "
                + maxRetries + " retries, temperature " + temperature + (stream ? ", streaming" : "")
                + (judges() ? ", claims judged by " + forJudge().model() : ", no judge") + ")";
    }

    private static String apiKey(String provider, String configuredUrl, Map<String, String> env) {
        String own = env.get(API_KEY_ENV);
        if (own != null && !own.isBlank()) {
            return own.strip();
        }
        String usual = switch (provider) {
            case "openai" -> "OPENAI_API_KEY";
            case "anthropic" -> "ANTHROPIC_API_KEY";
            default -> null;
        };
        String key = usual == null ? null : env.get(usual);
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        boolean keyless = provider.equals("ollama")
                || (provider.equals("openai") && !configuredUrl.isEmpty() && !isOpenAi(configuredUrl));
        if (keyless) {
            return NO_KEY;
        }
        throw new ConfigException("llm.provider: " + provider + " needs an API key: set " + API_KEY_ENV
                + " (or " + usual + ") in the environment"
                + (provider.equals("openai") ? ", or point llm.base-url at an OpenAI-compatible server that needs none" : ""));
    }

    private static boolean isOpenAi(String url) {
        String host = URI.create(url).getHost();
        return host != null && host.toLowerCase(java.util.Locale.ROOT).endsWith("api.openai.com");
    }

    private static void checkUrl(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigException("llm.base-url: '" + url + "' is not an http(s) URL, e.g. http://localhost:11434/v1");
        }
    }

    private static String defaultUrl(String provider) {
        return switch (provider) {
            case "ollama" -> OLLAMA_DEFAULT_URL;
            case "anthropic" -> ANTHROPIC_DEFAULT_URL;
            default -> OPENAI_DEFAULT_URL;
        };
    }

    private static String defaultModel(String provider) {
        return switch (provider) {
            case "ollama" -> "llama3.2";
            case "anthropic" -> "claude-haiku-4-5-20251001";
            default -> "gpt-4o-mini";
        };
    }
}
