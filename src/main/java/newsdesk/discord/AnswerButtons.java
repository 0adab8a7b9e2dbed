package newsdesk.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import newsdesk.answer.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The buttons under an answer: "Sources" (every quote in full, to the clicker only), "Continue in thread" (for a
 * public {@code /ask} answer), and the feedback votes ({@link FeedbackButtons}).
 */
final class AnswerButtons {
    private static final Logger log = LoggerFactory.getLogger(AnswerButtons.class);
    static final String SOURCES = "src:";
    static final String CONTINUE = "thr:";

    private final FeedbackButtons feedback;
    private final ContinueInThread continuation;
    private final RecentAnswers recent;

    AnswerButtons(FeedbackButtons feedback, ContinueInThread continuation, RecentAnswers recent) {
        this.feedback = feedback;
        this.continuation = continuation;
        this.recent = recent;
    }

    List<Button> forAnswer(String answerId, Answer answer, boolean offerThread) {
        List<Button> buttons = new ArrayList<>();
        if (!answer.abstained() && !answer.citations().isEmpty()) {
            buttons.add(Button.secondary(SOURCES + answerId, "📚 Sources"));
        }
        if (offerThread) {
            buttons.add(Button.secondary(CONTINUE + answerId, "🧵 Continue in thread"));
        }
        buttons.addAll(feedback.buttonsFor(answerId));
        return buttons;
    }

    /** The short id of the answer a message of the bot carries in its buttons (its last message has them). */
    static Optional<String> answerIdOf(Message message) {
        for (Button b : message.getComponentTree().findAll(Button.class)) {
            String id = b.getCustomId();
            if (id != null && handles(id)) {
                return Optional.of(id.substring(id.lastIndexOf(':') + 1));
            }
        }
        return Optional.empty();
    }

    static boolean handles(String customId) {
        return customId.startsWith(SOURCES) || customId.startsWith(CONTINUE) || FeedbackButtons.handles(customId);
    }

    void onClick(ButtonInteractionEvent event) {
        String id = event.getComponentId();
        if (id.startsWith(SOURCES)) {
            showSources(event, id.substring(SOURCES.length()));
        } else if (id.startsWith(CONTINUE)) {
            continuation.onClick(event, id.substring(CONTINUE.length()));
        } else {
            feedback.onClick(event);
        }
    }

    /** The full quotes, from the answer as given; after a restart, from the embeds under the message. */
    private void showSources(ButtonInteractionEvent event, String answerId) {
        List<String> messages = recent.byAnswerId(answerId)
                .map(g -> AnswerRendering.sourcesListing(g.answer().citations(), AnswerRendering.MESSAGE_LIMIT))
                .orElseGet(() -> fromEmbeds(event.getMessage().getEmbeds()));
        event.reply(SafeMessages.create(messages.get(0))).setEphemeral(true).queue(hook -> more(hook, messages),
                e -> log.warn("could not show the sources of answer {}: {}", answerId, e.toString()));
    }

    private static void more(InteractionHook hook, List<String> messages) {
        for (String m : messages.subList(1, messages.size())) {
            hook.sendMessage(SafeMessages.create(m)).setEphemeral(true).queue();
        }
    }

    static List<String> fromEmbeds(List<MessageEmbed> embeds) {
        if (embeds.isEmpty()) {
            return List.of("I no longer have the sources of this answer. Ask again to see them.");
        }
        StringBuilder text = new StringBuilder("**Sources**");
        for (MessageEmbed e : embeds) {
            text.append("\n**").append(DiscordMarkdown.escape(e.getTitle())).append("**");
            if (e.getAuthor() != null && e.getAuthor().getName() != null) {
                text.append(" — ").append(DiscordMarkdown.escape(e.getAuthor().getName()));
            }
            String link = DiscordMarkdown.link(e.getUrl());
            if (link != null) {
                text.append(' ').append(link);
            }
            if (e.getDescription() != null) {
                text.append("\n> ").append(DiscordMarkdown.oneLine(e.getDescription()));
            }
        }
        return MessageSplitter.split(text.toString(), AnswerRendering.MESSAGE_LIMIT);
    }
}
