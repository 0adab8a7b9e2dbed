package newsdesk.discord;

import newsdesk.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class DraftsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final List<String> drafts = new CopyOnWriteArrayList<>();
    private CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);
    private final ReplyTarget target = new ReplyTarget() {
        @Override
        public CompletableFuture<Void> showDraft(String text) {
            drafts.add(text);
            return pending;
        }

        @Override
        public List<Long> send(Reply reply) {
            return List.of();
        }
    };

    @Test
    void showsTheTextSoFarAtMostAboutOnceASecond() {
        Drafts d = new Drafts(target, clock);
        d.accept("One [1].");
        d.accept("One [1]. Two [2].");
        clock.advance(Duration.ofMillis(999));
        d.accept("One [1]. Two [2]. Three.");
        clock.advance(Duration.ofMillis(1));
        d.accept("One [1]. Two [2]. Three [3].");

        assertThat(drafts).containsExactly("One [1]. …", "One [1]. Two [2]. Three [3]. …");
    }

    @Test
    void oneEditAtATime() {
        pending = new CompletableFuture<>();
        Drafts d = new Drafts(target, clock);
        d.accept("One.");
        clock.advance(Duration.ofSeconds(5));
        d.accept("One. Two.");
        assertThat(drafts).containsExactly("One. …");

        pending.complete(null);
        d.accept("One. Two. Three.");
        assertThat(drafts).containsExactly("One. …", "One. Two. Three. …");
    }

    @Test
    void nothingIsShownAfterFinishing() {
        Drafts d = new Drafts(target, clock);
        d.finish();
        d.accept("Late.");
        assertThat(drafts).isEmpty();
    }

    @Test
    void aLongDraftIsCutToOneMessageAndEscaped() {
        String draft = Drafts.render("A *bold* claim @everyone [1]. ".repeat(100));
        assertThat(draft.length()).isLessThanOrEqualTo(AnswerRendering.MESSAGE_LIMIT);
        assertThat(draft).endsWith("[1]. …").contains("\\*bold\\*").doesNotContain("@everyone");
    }
}
