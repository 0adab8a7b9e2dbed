package newsdesk.discord;

import newsdesk.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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

        assertThat(memory.turns(7)).containsExactly(new Turn("q2", "a2"), new Turn("q3", "a3"));
        assertThat(memory.turns(8)).isEmpty();
    }

    @Test
    void anOpenedThreadIsKnownUntilItHasBeenQuietForTheKeepTime() {
        ThreadMemory memory = new ThreadMemory(clock);
        memory.open(7);
        assertThat(memory.knows(7)).isTrue();
        assertThat(memory.knows(8)).isFalse();

        clock.advance(Duration.ofHours(23));
        assertThat(memory.knows(7)).as("read 23 h later, which also counts as use").isTrue();
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(memory.knows(7)).isFalse();
    }
}
