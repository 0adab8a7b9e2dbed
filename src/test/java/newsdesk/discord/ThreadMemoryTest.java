package newsdesk.discord;

import newsdesk.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsdesk.answer.Turn;
import org.junit.jupiter.api.Test;

class ThreadMemoryTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));

    @Test
    void keepsTheLatestTurnsOldestFirst() {
        ThreadMemory memory = new ThreadMemory(100, Duration.ofHours(24), 2, clock);
        memory.add(7, new Turn("q1", "a1"));
        memory.add(7, new Turn("q2", "a2"));
        memory.add(7, new Turn("q3", "a3"));

        assertThat(memory.turns(7)).contains(List.of(new Turn("q2", "a2"), new Turn("q3", "a3")));
        assertThat(memory.turns(8)).isEmpty();
    }

    @Test
    void aThreadIsHeldForADayAfterItsLastAnswerHoweverOftenItIsRead() {
        ThreadMemory memory = new ThreadMemory(clock);
        memory.add(7, new Turn("q1", "a1"));

        clock.advance(Duration.ofHours(23));
        assertThat(memory.turns(7)).isPresent();
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(memory.turns(7)).as("reads are chatter, not answers: they do not extend the day").isEmpty();
    }

    @Test
    void anAnswerStartsTheDayAgain() {
        ThreadMemory memory = new ThreadMemory(clock);
        memory.add(7, new Turn("q1", "a1"));
        clock.advance(Duration.ofHours(23));
        memory.add(7, new Turn("q2", "a2"));
        clock.advance(Duration.ofHours(23));

        assertThat(memory.turns(7)).contains(List.of(new Turn("q1", "a1"), new Turn("q2", "a2")));
    }

    @Test
    void turnsReadBackFromHistoryReplaceWhatWasHeld() {
        ThreadMemory memory = new ThreadMemory(100, Duration.ofHours(24), 2, clock);
        memory.add(7, new Turn("old", "a"));
        memory.remember(7, List.of(new Turn("q1", "a1"), new Turn("q2", "a2"), new Turn("q3", "a3")));

        assertThat(memory.turns(7)).contains(List.of(new Turn("q2", "a2"), new Turn("q3", "a3")));
    }
}
