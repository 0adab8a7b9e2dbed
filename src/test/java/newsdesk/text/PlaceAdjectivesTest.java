package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceAdjectivesTest {
    @Test
    void anAdjectiveFindsThePlaceItPertainsToAndBack() {
        assertThat(PlaceAdjectives.related(Words.stem("scottish"))).contains(Words.stem("scotland"));
        assertThat(PlaceAdjectives.related(Words.stem("netherlands"))).contains(Words.stem("dutch"));
    }

    @Test
    void anOrdinaryWordRelatesToNoPlace() {
        assertThat(PlaceAdjectives.related(Words.stem("river"))).isEmpty();
    }
}
