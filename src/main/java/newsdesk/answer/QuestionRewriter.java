package newsdesk.answer;

/** Turns a follow-up ("and how many died there?") into a question that stands on its own, using its history. */
public interface QuestionRewriter {
    String standalone(Question q);
}
