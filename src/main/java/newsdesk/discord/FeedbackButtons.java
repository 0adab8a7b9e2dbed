package newsdesk.discord;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 👍/👎 buttons under each answer. A click is recorded at once; 👎 then offers a short form asking what was
 * wrong (closing it keeps the vote). The sink keeps one vote per reader and answer, so a changed mind replaces the
 * earlier vote. A button's custom id carries only the answer's short id ({@link RecentAnswers}).
 */
final class FeedbackButtons {
    private static final Logger log = LoggerFactory.getLogger(FeedbackButtons.class);
    static final String PREFIX = "fb:";
    private static final String HELPFUL = PREFIX + "up:";
    private static final String NOT_HELPFUL = PREFIX + "down:";
    static final String REASON_FORM = "fbr:";
    static final String REASON_FIELD = "reason";
    static final int REASON_LIMIT = 500;
    static final String THANKS = "Thanks for the feedback!";

    private final FeedbackSink sink;
    private final Executor recorder;
    private final RecentAnswers recent;
    private final Clock clock;

    FeedbackButtons(FeedbackSink sink, Executor recorder, RecentAnswers recent, Clock clock) {
        this.sink = sink;
        this.recorder = recorder;
        this.recent = recent;
        this.clock = clock;
    }

    List<Button> buttonsFor(String answerId) {
        return List.of(Button.secondary(HELPFUL + answerId, "👍 Helpful"),
                Button.secondary(NOT_HELPFUL + answerId, "👎 Not helpful"));
    }

    static boolean handles(String customId) {
        return customId.startsWith(PREFIX);
    }

    static boolean handlesForm(String modalId) {
        return modalId.startsWith(REASON_FORM);
    }

    void onClick(ButtonInteractionEvent event) {
        String customId = event.getComponentId();
        if (customId.startsWith(HELPFUL)) {
            String answerId = customId.substring(HELPFUL.length());
            event.reply(SafeMessages.create(THANKS)).setEphemeral(true)
                    .queue(null, e -> log.warn("could not acknowledge feedback: {}", e.toString()));
            record(answerId, Feedback.Vote.HELPFUL, event.getUser().getId(), null);
        } else if (customId.startsWith(NOT_HELPFUL)) {
            String answerId = customId.substring(NOT_HELPFUL.length());
            event.replyModal(reasonForm(answerId))
                    .queue(null, e -> log.warn("could not offer the feedback form: {}", e.toString()));
            record(answerId, Feedback.Vote.NOT_HELPFUL, event.getUser().getId(), null);
        } else {
            log.debug("unknown feedback button {}", customId);
        }
    }

    void onForm(ModalInteractionEvent event) {
        String answerId = event.getModalId().substring(REASON_FORM.length());
        String reason = Optional.ofNullable(event.getValue(REASON_FIELD)).map(ModalMapping::getAsString)
                .map(String::strip).filter(r -> !r.isEmpty()).orElse(null);
        event.reply(SafeMessages.create(THANKS)).setEphemeral(true)
                .queue(null, e -> log.warn("could not acknowledge feedback: {}", e.toString()));
        if (reason != null) {
            record(answerId, Feedback.Vote.NOT_HELPFUL, event.getUser().getId(),
                    reason.length() <= REASON_LIMIT ? reason : reason.substring(0, REASON_LIMIT));
        }
    }

    static Modal reasonForm(String answerId) {
        TextInput reason = TextInput.create(REASON_FIELD, TextInputStyle.PARAGRAPH)
                .setRequired(false).setMaxLength(REASON_LIMIT)
                .setPlaceholder("e.g. wrong figure, old news, the source does not say that")
                .build();
        return Modal.create(REASON_FORM + answerId, "What was wrong with the answer?")
                .addComponents(Label.of("What was wrong (optional)", reason))
                .build();
    }

    private void record(String answerId, Feedback.Vote vote, String userId, String reason) {
        Optional<RecentAnswers.Given> given = recent.byAnswerId(answerId);
        Feedback feedback = new Feedback(answerId, vote, userId, given.map(RecentAnswers.Given::question).orElse(null),
                given.map(g -> g.answer().answer()).orElse(null), clock.instant(), reason);
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
