package newsdesk.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import newsdesk.answer.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "helpful / not helpful" buttons under each answer. A button's custom id carries only a short answer id; the
 * question and answer it stands for are remembered for a week (lost on restart: the vote is still recorded).
 */
final class FeedbackButtons {
    private static final Logger log = LoggerFactory.getLogger(FeedbackButtons.class);
    static final String PREFIX = "fb:";
    private static final String HELPFUL = PREFIX + "up:";
    private static final String NOT_HELPFUL = PREFIX + "down:";
    static final String THANKS = "Thanks for the feedback!";

    private record Answered(String question, String answer) {
    }

    private final FeedbackSink sink;
    private final Executor recorder;
    private final Clock clock;
    private final Cache<String, Answered> recent;

    FeedbackButtons(FeedbackSink sink, Executor recorder, Clock clock) {
        this.sink = sink;
        this.recorder = recorder;
        this.clock = clock;
        this.recent = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofDays(7))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    List<Button> buttonsFor(String question, Answer answer) {
        String id = Ids.next();
        recent.put(id, new Answered(question, answer.answer()));
        return List.of(Button.secondary(HELPFUL + id, "👍 Helpful"), Button.secondary(NOT_HELPFUL + id, "👎 Not helpful"));
    }

    static boolean handles(String customId) {
        return customId.startsWith(PREFIX);
    }

    void onClick(ButtonInteractionEvent event) {
        String customId = event.getComponentId();
        Feedback.Vote vote;
        String answerId;
        if (customId.startsWith(HELPFUL)) {
            vote = Feedback.Vote.HELPFUL;
            answerId = customId.substring(HELPFUL.length());
        } else if (customId.startsWith(NOT_HELPFUL)) {
            vote = Feedback.Vote.NOT_HELPFUL;
            answerId = customId.substring(NOT_HELPFUL.length());
        } else {
            log.debug("unknown feedback button {}", customId);
            return;
        }
        event.reply(SafeMessages.create(THANKS)).setEphemeral(true)
                .queue(null, e -> log.warn("could not acknowledge feedback: {}", e.toString()));
        Answered answered = recent.getIfPresent(answerId);
        Feedback feedback = new Feedback(answerId, vote, event.getUser().getId(),
                answered == null ? null : answered.question(), answered == null ? null : answered.answer(), clock.instant());
        try {
            recorder.execute(() -> {
                try {
                    sink.record(feedback);
                } catch (RuntimeException e) {
                    log.error("could not record feedback on answer {}: {}", answerId, e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("feedback on answer {} dropped: the recorder is not taking work", answerId);
        }
    }
}
