package newsdesk.llm;

import newsdesk.answer.Citation;
import newsdesk.testing.NewsFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationVerifierTest {
    private static final NumberedPassage MARKETS = new NumberedPassage(1, NewsFixtures.passage("markets", 4,
            "Oil prices climb", "Bloomberg", "2024-03-05",
            "Brent crude rose 3.5 percent to $84 a barrel on Tuesday.",
            "Traders in London pointed to supply cuts agreed by OPEC+ members.",
            "Saudi Arabia will keep its output reduced by one million barrels a day until June.",
            "Analysts at Goldman Sachs expect prices to ease later in the year."));
    private static final NumberedPassage SIEGE = new NumberedPassage(2, NewsFixtures.SIEGE);

    private final CitationVerifier verifier = new CitationVerifier(newsdesk.text.Lexicons.wordNet());

    private VerifiedReply verify(String reply) {
        return verifier.verify(reply, List.of(MARKETS, SIEGE), "question");
    }

    @Test
    void markersMayFollowTheFullStopAndComeInGroups() {
        VerifiedReply v = verify("Brent rose 3.5 percent on Tuesday. [1] "
                + "Thirty-seven foreign hostages were killed [2, 1].");

        assertThat(v.outcome()).isEqualTo(VerifiedReply.Outcome.ANSWERED);
        assertThat(v.text()).isEqualTo("Brent rose 3.5 percent on Tuesday. [1] "
                + "Thirty-seven foreign hostages were killed [2].");
        assertThat(v.quotes()).extracting(q -> q.article().id()).containsExactly("markets", "siege");
    }

    @Test
    void aCitedPassageThatHoldsNothingOfTheClaimLosesItsMarker() {
        VerifiedReply v = verify("Thirty-seven foreign hostages were killed [1][2].");

        assertThat(v.text()).isEqualTo("Thirty-seven foreign hostages were killed [1].");
        assertThat(v.quotes()).singleElement().extracting(q -> q.article().id()).isEqualTo("siege");
    }

    @Test
    void numbersMatchByValueWhateverTheWriting() {
        assertThat(verify("Saudi Arabia will cut output by 1,000,000 barrels a day [1].").text()).isNotEmpty();
        assertThat(verify("Saudi Arabia will cut output by 1 million barrels a day [1].").text()).isNotEmpty();
        assertThat(verify("At least thirty-seven foreign hostages were killed [2].").text()).isNotEmpty();
        assertThat(verify("Brent rose 3.5% to $84 [1].").text()).isNotEmpty();
        assertThat(verify("Saudi Arabia will cut output by two million barrels a day [1].").outcome())
                .isEqualTo(VerifiedReply.Outcome.UNVERIFIED);
        assertThat(verify("Brent rose 4.5 percent [1].").outcome()).isEqualTo(VerifiedReply.Outcome.UNVERIFIED);
    }

    @Test
    void theDateInThePassageHeaderCountsAsEvidence() {
        assertThat(verify("Bloomberg reported on 5 March 2024 that Brent crude rose [1].").outcome())
                .isEqualTo(VerifiedReply.Outcome.ANSWERED);
        assertThat(verify("Bloomberg reported on 6 March 2024 that Brent crude rose [1].").outcome())
                .isEqualTo(VerifiedReply.Outcome.UNVERIFIED);
    }

    @Test
    void namesMustComeFromTheCitedPassageNotAnother() {
        assertThat(verify("Analysts at Goldman Sachs expect prices to ease [1].").outcome())
                .isEqualTo(VerifiedReply.Outcome.ANSWERED);
        assertThat(verify("Analysts at Morgan Stanley expect prices to ease [1].").outcome())
                .isEqualTo(VerifiedReply.Outcome.UNVERIFIED);
        assertThat(verify("Analysts at Goldman Sachs expect prices to ease [2].").outcome())
                .isEqualTo(VerifiedReply.Outcome.UNVERIFIED);
        assertThat(verify("The Algerian government said hostages were killed [2].").outcome())
                .isEqualTo(VerifiedReply.Outcome.ANSWERED);
    }

    @Test
    void aClaimWithoutNumbersOrNamesStillNeedsItsWordsInThePassage() {
        assertThat(verify("Analysts expect prices to ease later this year [1].").outcome())
                .isEqualTo(VerifiedReply.Outcome.ANSWERED);
        assertThat(verify("The central bank condemned the speculation fiercely [1].").outcome())
                .isEqualTo(VerifiedReply.Outcome.UNVERIFIED);
    }

    @Test
    void abbreviationsAndDecimalsDoNotSplitSentences() {
        VerifiedReply v = verify("Traders in London pointed to cuts agreed by OPEC+ members, e.g. Saudi Arabia [1]. "
                + "Brent rose 3.5 percent [1].");

        assertThat(v.dropped()).isZero();
        assertThat(v.text()).contains("e.g. Saudi Arabia [1]. Brent rose 3.5 percent [1].");
    }

    @Test
    void bulletsAndLinesAreSentencesToo() {
        VerifiedReply v = verify("- Brent crude rose 3.5 percent [1]\n- Nobody knows why\n* **Thirty-seven** hostages were killed [2]");

        assertThat(v.text()).isEqualTo("Brent crude rose 3.5 percent [1] Thirty-seven hostages were killed [2]");
        assertThat(v.dropped()).isEqualTo(1);
    }

    @Test
    void markersOnALineOfTheirOwnBelongToTheSentenceAbove() {
        VerifiedReply v = verify("Brent crude rose 3.5 percent.\n[1]\n\n[2]");

        assertThat(v.text()).isEqualTo("Brent crude rose 3.5 percent. [1]");
        assertThat(v.quotes()).hasSize(1);
    }

    @Test
    void theQuoteIsTheSentencesThatHoldTheClaimNotTheWholePassage() {
        VerifiedReply v = verify("Saudi Arabia will keep output reduced by one million barrels a day until June [1].");

        assertThat(v.quotes()).singleElement().extracting(Quote::text)
                .isEqualTo("Saudi Arabia will keep its output reduced by one million barrels a day until June.");
    }

    @Test
    void aClaimDrawingOnTwoSentencesQuotesBoth() {
        VerifiedReply v = verify("Brent rose 3.5 percent after OPEC+ supply cuts [1].");

        assertThat(v.quotes()).singleElement().extracting(Quote::text)
                .isEqualTo("Brent crude rose 3.5 percent to $84 a barrel on Tuesday. "
                        + "Traders in London pointed to supply cuts agreed by OPEC+ members.");
    }

    @Test
    void partialTextShowsOnlyCompleteVerifiedSentences() {
        String soFar = "Brent crude rose 3.5 percent [1]. Morgan Stanley sees $200 oil [1]. Thirty-seven hosta";

        assertThat(verifier.verifiedSoFar(soFar, List.of(MARKETS, SIEGE), "q")).isEqualTo("Brent crude rose 3.5 percent [1].");
        assertThat(verifier.verifiedSoFar("Brent crude rose 3.5 per", List.of(MARKETS), "q")).isEmpty();
    }

    @Test
    void notInTheSourcesWithNothingCitedIsAnAbstention() {
        assertThat(verify("Not in the sources.").outcome()).isEqualTo(VerifiedReply.Outcome.NOT_IN_SOURCES);
        assertThat(verify("The passages do not mention the weather.").outcome()).isEqualTo(VerifiedReply.Outcome.NOT_IN_SOURCES);
        assertThat(verify("It will rain in Paris.").outcome()).isEqualTo(VerifiedReply.Outcome.UNVERIFIED);
    }

    @Test
    void aCaveatNamingSomethingFromNowhereIsDropped() {
        VerifiedReply v = verify("Brent crude rose 3.5 percent [1]. Why Vladimir Putin cut output is not in the sources.");

        assertThat(v.text()).isEqualTo("Brent crude rose 3.5 percent [1].");
    }

    /** The three claims of issue 13, against the bundled sample's own sentences, each citing the right passage. */
    @Test
    void aWrongTollAnUnsupportedNameAndAReversedStatementAreAllDropped() {
        NumberedPassage toll = new NumberedPassage(1, NewsFixtures.passage("sample", 0, "Sample", "Sample", "2013-01-19",
                "The hostage standoff in southern Algeria came to a chaotic end Saturday when special forces stormed a "
                        + "remote gas plant.",
                "The four-day crisis left at least 23 hostages dead, along with all 32 militants."));
        NumberedPassage policy = new NumberedPassage(2, NewsFixtures.passage("sample", 4, "Sample", "Sample", "2013-01-19",
                "Algeria's handling of the crisis has prompted criticism from foreign countries worried about the fate "
                        + "of their citizens.",
                "However, many argue that the response was typical for a country that has historically refused to "
                        + "negotiate with terrorists, instead favouring military action."));
        NumberedPassage operators = new NumberedPassage(3, NewsFixtures.passage("sample", 9, "Sample", "Sample",
                "2013-01-19", "The sprawling plant in the country's south is jointly run by BP, Norway's Statoil and "
                        + "Algeria's state-owned oil company."));
        List<NumberedPassage> passages = List.of(toll, policy, operators);

        VerifiedReply wrong = verifier.verify("At least 37 hostages were killed in the standoff [1]. "
                + "The plant is run by BP and Shell [3]. Algeria agreed to negotiate with the militants [2]. "
                + "At least 23 militants died [1].", passages, "q");
        VerifiedReply right = verifier.verify("At least 23 hostages were left dead [1]. "
                + "The plant is run by BP and Statoil [3]. Algeria has historically refused to negotiate with "
                + "terrorists [2].", passages, "q");

        assertThat(wrong.outcome()).isEqualTo(VerifiedReply.Outcome.UNVERIFIED);
        assertThat(wrong.dropped()).isEqualTo(4);
        assertThat(right.dropped()).isZero();
        assertThat(right.quotes()).extracting(Quote::text).containsExactly(
                "The four-day crisis left at least 23 hostages dead, along with all 32 militants.",
                "The sprawling plant in the country's south is jointly run by BP, Norway's Statoil and Algeria's "
                        + "state-owned oil company.",
                "Algeria's handling of the crisis has prompted criticism from foreign countries worried about the fate "
                        + "of their citizens. However, many argue that the response was typical for a country that has "
                        + "historically refused to negotiate with terrorists, instead favouring military action.");
    }
}
