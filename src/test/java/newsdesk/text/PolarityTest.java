package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolarityTest {
    /** The words of the text that are negated. */
    private static List<String> negated(String text) {
        List<Token> tokens = Words.tokens(text);
        boolean[] negated = Polarity.negated(text, tokens);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (negated[i]) {
                out.add(tokens.get(i).lower());
            }
        }
        return out;
    }

    @Test
    void aParticleNegatesTheRestOfItsClause() {
        assertThat(negated("The mayor said she would not veto the decision.")).containsExactly("veto", "the", "decision");
        assertThat(negated("Nobody was hurt, the coastguard said.")).containsExactly("was", "hurt");
        assertThat(negated("The captain hadn't reported trouble but the crew had.")).containsExactly("reported", "trouble");
    }

    @Test
    void aNegationVerbNegatesWhatFollowsAndIsItselfNegatedByAParticle() {
        assertThat(negated("Officials refused to negotiate with the kidnappers.")).containsExactly("to", "negotiate", "with", "the", "kidnappers");
        assertThat(negated("Arson had not been ruled out.")).containsExactly("been", "ruled", "out");
        assertThat(negated("The council voted to reject a plan that would have closed two libraries."))
                .contains("plan", "closed", "libraries").doesNotContain("council", "voted");
    }

    @Test
    void declinedCountsOnlyBeforeTo() {
        assertThat(negated("Exports declined 5 percent in May.")).isEmpty();
        assertThat(negated("The minister declined to comment.")).containsExactly("comment");
    }

    @Test
    void neitherNorKeepsTheClauseNegated() {
        assertThat(negated("Neither the captain nor the crew was hurt.")).contains("captain", "crew", "hurt");
    }

    @Test
    void clausesEndAtPunctuationAndConjunctions() {
        String text = "It did not rain, so the match went ahead while fans waited.";
        int[] clauses = Polarity.clauses(text, Words.tokens(text));
        assertThat(clauses[0]).isEqualTo(clauses[3]);
        assertThat(clauses[4]).isGreaterThan(clauses[3]);
        assertThat(clauses[clauses.length - 1]).isGreaterThan(clauses[8]);
    }
}
