package newsdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FusionTest {
    static List<ScoredDoc> ranking(int... docs) {
        return java.util.stream.IntStream.range(0, docs.length)
                .mapToObj(i -> new ScoredDoc(docs[i], 10.0 - i)).toList();
    }

    @Test
    void rrfPutsWhatBothListsFoundFirst() {
        List<ScoredDoc> fused = new ReciprocalRankFusion(60).fuse(ranking(1, 2, 3), ranking(4, 3, 5), 10);

        assertThat(fused).extracting(ScoredDoc::doc).startsWith(3).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(fused.get(0).score()).isEqualTo(1.0 / 63 + 1.0 / 62);
    }

    @Test
    void rrfTiesAreBrokenByDocumentSoResultsRepeat() {
        assertThat(new ReciprocalRankFusion(60).fuse(ranking(7), ranking(2), 10)).extracting(ScoredDoc::doc)
                .containsExactly(2, 7);
    }

    @Test
    void fusionCapsTheCount() {
        assertThat(new ReciprocalRankFusion(60).fuse(ranking(1, 2, 3), ranking(4, 5, 6), 2)).hasSize(2);
        assertThat(new ScoreNormalisedFusion(0.5).fuse(ranking(1, 2, 3), ranking(4, 5, 6), 2)).hasSize(2);
    }

    @Test
    void weightsFavourOneList() {
        List<ScoredDoc> fused = new ReciprocalRankFusion(60, 1, 2).fuse(ranking(1), ranking(2), 10);

        assertThat(fused).extracting(ScoredDoc::doc).containsExactly(2, 1);
    }

    @Test
    void scoreNormalisedFusionKeepsMargins() {
        List<ScoredDoc> lexical = List.of(new ScoredDoc(1, 20), new ScoredDoc(2, 2), new ScoredDoc(3, 1));
        List<ScoredDoc> semantic = List.of(new ScoredDoc(2, 0.9), new ScoredDoc(1, 0.89), new ScoredDoc(3, 0.1));

        assertThat(new ScoreNormalisedFusion(0.5).fuse(lexical, semantic, 10)).extracting(ScoredDoc::doc)
                .containsExactly(1, 2, 3);
    }

    @Test
    void anEmptyListLeavesTheOther() {
        assertThat(new ReciprocalRankFusion(60).fuse(List.of(), ranking(4, 5), 10)).extracting(ScoredDoc::doc)
                .containsExactly(4, 5);
        assertThat(new ScoreNormalisedFusion(0.5).fuse(List.of(), ranking(4, 5), 10)).extracting(ScoredDoc::doc)
                .containsExactly(4, 5);
    }
}
