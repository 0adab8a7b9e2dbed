package newsdesk.answer;

import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import java.util.function.Consumer;
import newsdesk.llm.Deadline;
import newsdesk.llm.Exchange;
import newsdesk.llm.GroundedChat;
import newsdesk.llm.LlmUnavailable;
import newsdesk.llm.VerifiedReply;
import newsdesk.retrieval.PassageContent;
import newsdesk.retrieval.RetrievedPassage;

/**
 * One question through the language model: rewrite a follow-up, retrieve passages, ask the model with the
 * numbered passages, and keep only what the citation check confirms. A fault surfaces as {@link LlmUnavailable}
 * for {@link FallbackAnswerer}; a reply with nothing verifiable becomes the offline answer.
 */
final class LlmAnswerer {
    static final String UNVERIFIED_NOTICE =
            "None of the language model's statements could be verified against the sources; this is the offline answer.";
    static final String DROPPED_NOTICE = "Some statements could not be verified against the sources and were left out.";

    private final ContentRetriever retriever;
    private final GroundedChat chat;
    private final Answerer offline;

    LlmAnswerer(ContentRetriever retriever, GroundedChat chat, Answerer offline) {
        this.retriever = retriever;
        this.chat = chat;
        this.offline = offline;
    }

    /**
     * @param partialText receives the verified text so far while the reply streams, or null for a plain call
     */
    Answer answer(Question q, Consumer<String> partialText, Deadline deadline) throws LlmUnavailable {
        List<Exchange> history = exchanges(q.history());
        String standalone = chat.standalone(q.text(), history, deadline);
        List<RetrievedPassage> passages = retriever.retrieve(Query.from(standalone)).stream()
                .map(PassageContent::fromContent).toList();
        if (passages.isEmpty()) {
            return offline.answer(q);
        }
        VerifiedReply verified = chat.answer(standalone, history, passages, deadline, partialText);
        Answer answer = switch (verified.outcome()) {
            case ANSWERED -> new Answer(q.text(), verified.text(), false,
                    verified.quotes().stream().map(Citation::of).toList(), Answer.LLM, notice(verified), 0);
            case NOT_IN_SOURCES -> Answer.declined(q.text(), Answer.LLM);
            case UNVERIFIED -> offline.answer(q).withNotice(UNVERIFIED_NOTICE);
        };
        return answer.withDropped(verified.dropped());
    }

    /** One short line: statements were left out, the judge could not check, both, or null for neither. */
    static String notice(VerifiedReply verified) {
        if (verified.checkedOfflineOnly()) {
            return (verified.dropped() > 0 ? "Some statements could not be verified and were left out; the rest were"
                    : "The statements were") + " checked against the sources offline only (the checking model was "
                    + "unavailable: " + verified.judgeFailure() + ").";
        }
        return verified.dropped() > 0 ? DROPPED_NOTICE : null;
    }

    static List<Exchange> exchanges(List<Turn> turns) {
        return turns.stream().map(t -> new Exchange(t.question(), t.answer())).toList();
    }
}
