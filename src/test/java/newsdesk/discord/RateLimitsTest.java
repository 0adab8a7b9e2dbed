package newsdesk.discord;

import newsdesk.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));

    @Test
    void aUserOverTheLimitIsToldHowLongToWait() {
        RateLimits limits = new RateLimits(2, 100, clock);
        assertThat(limits.tryAcquire(1, 9)).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(limits.tryAcquire(1, 9)).isEmpty();

        assertThat(limits.tryAcquire(1, 9)).contains(Duration.ofSeconds(50));
        assertThat(limits.tryAcquire(2, 9)).as("another user").isEmpty();
    }

    @Test
    void theWindowSlides() {
        RateLimits limits = new RateLimits(1, 100, clock);
        assertThat(limits.tryAcquire(1, 9)).isEmpty();
        clock.advance(Duration.ofSeconds(59));
        assertThat(limits.tryAcquire(1, 9)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limits.tryAcquire(1, 9)).isEmpty();
    }

    @Test
    void aGuildHasItsOwnLimitAcrossUsers() {
        RateLimits limits = new RateLimits(10, 2, clock);
        assertThat(limits.tryAcquire(1, 9)).isEmpty();
        assertThat(limits.tryAcquire(2, 9)).isEmpty();
        assertThat(limits.tryAcquire(3, 9)).isPresent();
        assertThat(limits.tryAcquire(3, 8)).as("another guild").isEmpty();
    }

    @Test
    void aRefusedQuestionCostsNothing() {
        RateLimits limits = new RateLimits(1, 1, clock);
        assertThat(limits.tryAcquire(1, 9)).isEmpty();
        // user 2 is refused by the guild limit: that must not use up user 2's own allowance
        assertThat(limits.tryAcquire(2, 9)).isPresent();
        assertThat(limits.tryAcquire(2, 8)).isEmpty();
    }

    @Test
    void waitsAreShownInWholeSecondsRoundedUp() {
        assertThat(RateLimits.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(RateLimits.seconds(Duration.ofMillis(12_001))).isEqualTo(13);
        assertThat(RateLimits.slowDown(Duration.ofSeconds(12))).endsWith("try again in 12 s.");
    }
}
