package newsdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureReaderTest {
    private static List<String> read(String sentence) {
        return FigureReader.read(sentence, 0).stream()
                .map(f -> f.value() + " " + f.measure() + " '" + f.phrase() + "' " + f.tense() + (f.total() ? " total" : ""))
                .toList();
    }

    @Test
    void countsWithTheirSubjectAndOutcome() {
        assertThat(read("The four-day crisis left at least 23 hostages dead, along with all 32 militants."))
                .containsExactly("23 captives killed 'at least 23 hostages' PLAIN total",
                        "32 attackers killed 'all 32 militants' PLAIN total");
        assertThat(read("A previous count said 12 captives and 18 kidnappers had been killed."))
                .containsExactly("12 captives killed '12 captives' EARLIER", "18 attackers killed '18 kidnappers' EARLIER");
        assertThat(read("Soldiers killed 11 gunmen near the border.")).containsExactly("11 attackers killed '11 gunmen' PLAIN");
        assertThat(read("The death toll rose to 27, officials said.")).containsExactly("27 people killed '27' LATER total");
        assertThat(read("About 3,500 dockworkers are now on strike.")).containsExactly(
                "3500 workers on strike 'About 3,500 dockworkers' PLAIN");
    }

    /** Numbers that are no toll, written for these tests: each must give no figure at all. */
    @Test
    void agesYearsOrdinalsRangesDurationsAndLimitsAreNoTolls() {
        assertThat(read("Deaths were reported for children 4 and under during the first two years of the pandemic."))
                .as("an age limit and a duration").isEmpty();
        assertThat(read("A 12-year-old and two other children were injured.")).as("an age").isEmpty();
        assertThat(read("Children aged 5 were among those evacuated.")).as("an age").isEmpty();
        assertThat(read("Between 10 and 12 people were killed, the agency said.")).as("a range").isEmpty();
        assertThat(read("Officials said 10 to 15 people died in the fire.")).as("a range").isEmpty();
        assertThat(read("He hit his 62nd home run as 40,000 fans watched.")).as("an ordinal, no outcome").isEmpty();
        assertThat(read("In 2019 people died in the same storm.")).as("a year").isEmpty();
        assertThat(read("Three years after 30 people were killed, the town held a memorial.")).containsExactly(
                "30 people killed '30 people' PLAIN");
        assertThat(read("The flood killed livestock; 40 residents watched from the hill.")).as("the outcome is in another clause")
                .isEmpty();
        assertThat(read("For people 65 or older, deaths rose sharply.")).as("an open range of ages").isEmpty();
        assertThat(read("The vaccine was given to 2,000 people and 3 patients died.")).as("only the count that died")
                .containsExactly("3 patients killed '3 patients' PLAIN");
    }
}
