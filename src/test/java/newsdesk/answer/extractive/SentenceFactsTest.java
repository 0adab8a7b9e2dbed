package newsdesk.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import newsdesk.text.Words;
import org.junit.jupiter.api.Test;

class SentenceFactsTest {
    private static final Set<String> NONE = Set.of();

    @Test
    void itTellsWhichKindsOfAnswerASentenceHolds() {
        SentenceFacts money = SentenceFacts.of("The council approved a budget of $412 million on Tuesday.");
        assertThat(money.holds(AnswerKind.QUANTITY, false, NONE)).isEqualTo(1);
        assertThat(money.holds(AnswerKind.TIME, false, NONE)).isEqualTo(1);
        assertThat(money.money()).isTrue();

        SentenceFacts clock = SentenceFacts.of("Firefighters were called at 04:52 to the depot in Lyngby.");
        assertThat(clock.holds(AnswerKind.TIME, true, NONE)).isEqualTo(1);
        assertThat(clock.holds(AnswerKind.PLACE, false, NONE)).isEqualTo(1);

        SentenceFacts span = SentenceFacts.of("The four-day walkout ended after talks lasted six hours.");
        assertThat(span.duration()).isTrue();
        assertThat(span.holds(AnswerKind.QUANTITY, false, NONE)).as("a span of time is not an amount").isZero();

        SentenceFacts plain = SentenceFacts.of("residents were told to stay indoors");
        assertThat(plain.holds(AnswerKind.QUANTITY, false, NONE)).isZero();
        assertThat(plain.holds(AnswerKind.PERSON, false, NONE)).isZero();
        assertThat(SentenceFacts.of("The line was closed because a landslide buried the track.")
                .holds(AnswerKind.REASON, false, NONE)).isEqualTo(1);
    }

    @Test
    void aNameTheQuestionAlreadyGivesIsNotAnAnswerToIt() {
        SentenceFacts s = SentenceFacts.of("Officials in Tarnow said the plant would reopen.");
        assertThat(s.holds(AnswerKind.PLACE, false, Set.of(Words.stem("Tarnow")))).isZero();
        assertThat(s.holds(AnswerKind.PLACE, false, NONE)).isEqualTo(1);
    }

    @Test
    void aNumberCountsWhatStandsRightAfterIt() {
        SentenceFacts s = SentenceFacts.of("The service sent 23 ambulances and two helicopters to the scene.");
        assertThat(s.counts(List.of(Words.stem("ambulances")))).isTrue();
        assertThat(s.counts(List.of(Words.stem("firefighters")))).isFalse();
        assertThat(s.answersNear(AnswerKind.QUANTITY, false, Set.of(Words.stem("helicopters")), NONE, 4)).isTrue();
        assertThat(s.answersNear(AnswerKind.QUANTITY, false, Set.of(Words.stem("weather")), NONE, 4)).isFalse();
    }
}
