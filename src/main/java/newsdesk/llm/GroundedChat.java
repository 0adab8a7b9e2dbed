package newsdesk.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import newsdesk.prompt.PromptTemplates;
import newsdesk.retrieval.RetrievedPassage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language model asked to answer from numbered passages, its reply kept only where {@link CitationVerifier}
 * confirms it and then, when configured, where the {@link ClaimJudge} agrees; and follow-ups rewritten into
 * standalone questions with {@code prompts/followup.txt}. With a judge, nothing is passed on while the reply streams:
 * a claim is shown only once it has been judged.
 */
public final class GroundedChat {
    private static final Logger log = LoggerFactory.getLogger(GroundedChat.class);
    private static final Pattern LABEL = Pattern.compile(
            "^(?:standalone question|rewritten question|question)\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE = Pattern.compile("@\\w|<[@#]|https?://|www\\.", Pattern.CASE_INSENSITIVE);
    private static final int MAX_QUESTION_CHARS = 1000;

    private final BoundedChat chat;
    private final PromptTemplates prompts;
    private final CitationVerifier verifier;
    private final ClaimJudge judge;
    private final Clock clock;
    private final Duration timeout;

    /** @param judge null for none: the offline check alone decides */
    GroundedChat(BoundedChat chat, PromptTemplates prompts, CitationVerifier verifier, ClaimJudge judge, Clock clock,
                 Duration timeout) {
        this.chat = chat;
        this.prompts = prompts;
        this.verifier = verifier;
        this.judge = judge;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** How long one question may take with the model, retries included. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The model's answer to {@code question} from the passages, numbered 1..n in the order given, checked.
     *
     * @param verifiedSoFar receives the verified text so far while the reply streams, or null for a plain call
     */
    public VerifiedReply answer(String question, List<Exchange> history, List<RetrievedPassage> passages,
                                Deadline deadline, Consumer<String> verifiedSoFar) throws LlmUnavailable {
        List<NumberedPassage> numbered = NumberedPassage.number(passages);
        String today = PromptText.today(clock);
        List<ChatMessage> messages = List.of(
                SystemMessage.from(prompts.system().render(Map.of("today", today))),
                UserMessage.from(prompts.answer().render(Map.of(
                        "question", PromptText.asData(question),
                        "passages", NumberedPassage.forPrompt(numbered),
                        "history", PromptText.history(history),
                        "today", today))));
        String reply;
        if (verifiedSoFar == null) {
            reply = chat.chat(messages, deadline);
        } else if (judge == null) {
            reply = chat.stream(messages, deadline, new VerifiedPartials(verifiedSoFar, numbered, question));
        } else {
            reply = chat.stream(messages, deadline, soFar -> { });
        }
        Review review = verifier.review(reply, numbered, question, Integer.MAX_VALUE);
        String judgeFailure = null;
        if (judge != null && review.anyCited()) {
            try {
                review = judged(review, deadline);
            } catch (LlmUnavailable e) {
                judgeFailure = e.reason();
                log.warn("the judge could not check the answer ({}): {}; claims checked offline only",
                        e.reason(), e.detail());
            }
        }
        return CitationVerifier.render(review, numbered, 1).withJudgeFailure(judgeFailure);
    }

    /** The review without the claims the judge does not find supported ("no" or "partly"). */
    private Review judged(Review review, Deadline deadline) throws LlmUnavailable {
        List<Review.Kept> claims = review.claims();
        List<ClaimJudge.Verdict> verdicts = judge.judge(claims, deadline);
        Set<Review.Kept> rejected = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < claims.size(); i++) {
            if (verdicts.get(i) != ClaimJudge.Verdict.YES) {
                rejected.add(claims.get(i));
                log.debug("the judge said {} to: {}", verdicts.get(i), claims.get(i).sentence().text());
            }
        }
        if (rejected.size() == claims.size()) {
            rejected.addAll(review.kept());  // a caveat alone is no answer
        }
        return review.without(rejected);
    }

    /**
     * The follow-up rewritten to stand alone; the question as asked when there is no history. Throws when the model
     * is unavailable, so the caller can skip it for the answer too.
     */
    public String standalone(String question, List<Exchange> history, Deadline deadline) throws LlmUnavailable {
        if (history.isEmpty() || question.isBlank()) {
            return question;
        }
        String prompt = prompts.followup().render(Map.of(
                "question", PromptText.asData(question),
                "history", PromptText.history(history),
                "today", PromptText.today(clock)));
        String reply = chat.chat(List.of(UserMessage.from(prompt)), deadline);
        Optional<String> standalone = cleaned(reply);
        if (standalone.isEmpty()) {
            log.debug("unusable rewrite of a follow-up, using it as asked: {}", reply);
        }
        return standalone.orElse(question);
    }

    /** As {@link #standalone(String, List, Deadline)} within its own time limit; on failure, the question as asked. */
    public String standaloneOrAsAsked(String question, List<Exchange> history) {
        try {
            return standalone(question, history, Deadline.in(timeout, Tickers.of(clock)));
        } catch (LlmUnavailable e) {
            log.warn("language model unavailable ({}) for rewriting a follow-up: {}; using the question as asked",
                    e.reason(), e.detail());
            return question;
        }
    }

    static Optional<String> cleaned(String reply) {
        String line = reply.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        line = LABEL.matcher(line).replaceFirst("").strip();
        if (line.length() >= 2 && "\"'`“".indexOf(line.charAt(0)) >= 0 && "\"'`”".indexOf(line.charAt(line.length() - 1)) >= 0) {
            line = line.substring(1, line.length() - 1).strip();
        }
        if (line.isEmpty() || line.length() > MAX_QUESTION_CHARS || UNSAFE.matcher(line).find()) {
            return Optional.empty();
        }
        return Optional.of(line);
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
