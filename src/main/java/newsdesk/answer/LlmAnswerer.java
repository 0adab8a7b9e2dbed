package newsdesk.answer;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import newsdesk.prompt.PromptTemplates;

/**
 * One question through the language model: rewrite a follow-up, retrieve passages, ask the model with the
 * numbered passages, and keep only what {@link CitationVerifier} confirms. A fault surfaces as
 * {@link LlmUnavailable} for {@link FallbackAnswerer}; a reply with nothing verifiable becomes the offline answer.
 */
final class LlmAnswerer {
    /** The same words the offline answerer declines with. */
    static final String NOT_IN_SOURCES_TEXT = ExtractiveAnswerer.DECLINE;
    static final String UNVERIFIED_NOTICE =
            "The language model's answer could not be checked against the sources; this is the offline answer.";

    private final ContentRetriever retriever;
    private final BoundedChat chat;
    private final LlmQuestionRewriter rewriter;
    private final PromptTemplates prompts;
    private final CitationVerifier verifier;
    private final Answerer offline;
    private final Clock clock;

    LlmAnswerer(ContentRetriever retriever, BoundedChat chat, LlmQuestionRewriter rewriter, PromptTemplates prompts,
                CitationVerifier verifier, Answerer offline, Clock clock) {
        this.retriever = retriever;
        this.chat = chat;
        this.rewriter = rewriter;
        this.prompts = prompts;
        this.verifier = verifier;
        this.offline = offline;
        this.clock = clock;
    }

    /**
     * @param partialText receives the verified text so far while the reply streams, or null for a plain call
     */
    Answer answer(Question q, Consumer<String> partialText, Deadline deadline) throws LlmUnavailable {
        String standalone = rewriter.rewrite(q, deadline);
        List<NumberedPassage> passages = NumberedPassage.number(retriever.retrieve(Query.from(standalone)));
        if (passages.isEmpty()) {
            return offline.answer(q);
        }
        String today = PromptText.today(clock);
        List<ChatMessage> messages = List.of(
                SystemMessage.from(prompts.system().render(Map.of("today", today))),
                UserMessage.from(prompts.answer().render(Map.of(
                        "question", PromptText.asData(standalone),
                        "passages", NumberedPassage.forPrompt(passages),
                        "history", PromptText.history(q.history()),
                        "today", today))));
        String reply = partialText == null
                ? chat.chat(messages, deadline)
                : chat.stream(messages, deadline, new VerifiedPartials(partialText, passages, standalone));
        VerifiedReply verified = verifier.verify(reply, passages, standalone);
        return switch (verified.outcome()) {
            case ANSWERED -> new Answer(q.text(), verified.text(), false, verified.citations(), Answer.LLM, null, 0);
            case NOT_IN_SOURCES -> new Answer(q.text(), NOT_IN_SOURCES_TEXT, true, List.of(), Answer.LLM, null, 0);
            case UNVERIFIED -> offline.answer(q).withNotice(UNVERIFIED_NOTICE);
        };
    }

    /** Passes on only sentences that are complete and verified, so unchecked text never reaches a reader. */
    private final class VerifiedPartials implements Consumer<String> {
        private final Consumer<String> downstream;
        private final List<NumberedPassage> passages;
        private final String question;
        private String last = "";

        VerifiedPartials(Consumer<String> downstream, List<NumberedPassage> passages, String question) {
            this.downstream = downstream;
            this.passages = passages;
            this.question = question;
        }

        @Override
        public synchronized void accept(String replySoFar) {
            String verified = verifier.verifiedSoFar(replySoFar, passages, question);
            if (!verified.isEmpty() && !verified.equals(last)) {
                last = verified;
                downstream.accept(verified);
            }
        }
    }
}
