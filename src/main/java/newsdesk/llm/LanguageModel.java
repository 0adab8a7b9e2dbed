package newsdesk.llm;

/** A language model asked one prompt at a time; LangChain4j stays behind it. */
public interface LanguageModel {
    /**
     * The model's reply to one user message, within the configured time limit.
     *
     * @throws LlmUnavailable on a timeout, an error reply, a refused connection or an empty reply
     */
    String reply(String prompt) throws LlmUnavailable;
}
