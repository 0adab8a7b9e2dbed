package newsdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.testing.NewsFixtures;
import newsdesk.text.Lexicons;
import org.junit.jupiter.api.Test;

/** The offline layer: a claim holds only where one sentence (or two adjacent ones) of its passage says it. */
class OfflineEntailmentTest {
    private static final String S1 = "Halvorsen Foods will close its Ridgeway canning plant in September, cutting 340 "
            + "jobs, the company said on Tuesday.";
    private static final String S2 = "Chief executive Priya Nandakumar blamed falling demand for canned vegetables and "
            + "rising energy costs.";
    private static final String S3 = "Production will move to the company's newer site in Ashby, where about 120 new "
            + "jobs are expected.";
    private static final String S4 = "The union said 23 workers were laid off and 37 were moved to Ashby.";
    private static final String S5 = "The union said it had not been consulted and would seek talks.";
    private static final NumberedPassage PLANT = new NumberedPassage(1, NewsFixtures.passage("plant", 0,
            "Halvorsen Foods to shut plant", "Midland Business Journal", "2024-06-19", S1, S2, S3, S4, S5));

    private final CitationVerifier verifier = new CitationVerifier(Lexicons.wordNet());

    private Review review(String claim) {
        return verifier.review(claim + " [1]", List.of(PLANT), null, 5);
    }

    private String quote(String claim) {
        Review r = review(claim);
        return r.anyCited() ? r.claims().get(0).supports().get(1).text() : null;
    }

    private String why(String claim) {
        Review r = review(claim);
        return r.anyCited() ? null : r.reasons().get(0);
    }

    @Test
    void theQuoteIsTheSentenceThatSupportsTheClaim() {
        assertThat(quote("Halvorsen Foods will close the Ridgeway plant in September, cutting 340 jobs.")).isEqualTo(S1);
        assertThat(quote("Priya Nandakumar blamed weaker demand for canned vegetables and higher energy costs."))
                .isEqualTo(S2);
        assertThat(quote("The union said it was not consulted.")).isEqualTo(S5);
    }

    @Test
    void aNumberMustBeInTheSentenceAndCountTheSameThing() {
        assertThat(why("Halvorsen Foods will cut 430 jobs at Ridgeway.")).contains("340");
        assertThat(why("About 340 new jobs are expected at the Ashby site.")).contains("120");
        assertThat(why("37 workers were laid off, the union said.")).contains("23");
        assertThat(quote("23 workers were laid off, the union said.")).isEqualTo(S4);
    }

    @Test
    void aNameMustBeInTheSentenceNotJustThePassage() {
        assertThat(why("Production will move to the company's newer site in Ridgeway.")).contains("Ridgeway");
        assertThat(why("Chief executive Maria Lund blamed falling demand for canned vegetables.")).contains("Maria");
        assertThat(quote("Chief executive Nandakumar blamed falling demand for canned vegetables.")).isEqualTo(S2);
    }

    @Test
    void aFlippedNegationIsAContradiction() {
        assertThat(why("The union said it had been consulted.")).contains("contradicts").contains("negated");
        assertThat(why("Halvorsen Foods did not close its Ridgeway plant.")).contains("contradicts");
    }

    @Test
    void anAntonymIsAContradictionEvenWhenTheWordAppearsElsewhere() {
        assertThat(why("Halvorsen Foods will open its Ridgeway canning plant in September.")).contains("contradicts");
        assertThat(why("Priya Nandakumar blamed rising demand for canned vegetables.")).contains("falling");
    }

    @Test
    void twoSentencesAreNotSplicedIntoAStatementNeitherMakes() {
        assertThat(why("Priya Nandakumar said production will move to Ashby.")).isNotNull();
        assertThat(quote("Priya Nandakumar blamed falling demand for canned vegetables, and production will move to "
                + "the company's newer site in Ashby.")).isEqualTo(S2 + " " + S3);
    }

    @Test
    void anUnrelatedClaimIsUnsupported() {
        assertThat(why("Workers at the Ridgeway plant went on strike on Tuesday.")).contains("holds");
    }
}
