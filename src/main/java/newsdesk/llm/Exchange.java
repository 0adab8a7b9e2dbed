package newsdesk.llm;

/** An earlier question and the answer given, as a prompt shows the conversation. */
public record Exchange(String question, String answer) {
}
