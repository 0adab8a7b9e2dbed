package newsdesk.answer;

/** Turns a follow-up ("how many of them died?") into a question that stands alone, using the conversation. */
public interface QuestionRewriter {
    String standalone(Question question);
}
