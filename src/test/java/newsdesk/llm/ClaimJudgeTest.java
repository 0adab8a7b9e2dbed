package newsdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import newsdesk.llm.ClaimJudge.Verdict;
import org.junit.jupiter.api.Test;

class ClaimJudgeTest {
    @Test
    void verdictsAreReadInTheirUsualForms() throws LlmUnavailable {
        assertThat(ClaimJudge.parse("1: yes\n2: no\n3: partly", 3)).containsExactly(Verdict.YES, Verdict.NO, Verdict.PARTLY);
        assertThat(ClaimJudge.parse("Claim 2 - No, the evidence says 23.\n**1.** Yes\n3) Partially", 3))
                .containsExactly(Verdict.YES, Verdict.NO, Verdict.PARTLY);
    }

    @Test
    void theFirstVerdictForAClaimCounts() throws LlmUnavailable {
        assertThat(ClaimJudge.parse("1: no\n1: yes", 1)).containsExactly(Verdict.NO);
    }

    @Test
    void aMissingVerdictOrGarbageIsAFailure() {
        assertThatThrownBy(() -> ClaimJudge.parse("1: yes", 2)).isInstanceOf(LlmUnavailable.class)
                .satisfies(e -> assertThat(((LlmUnavailable) e).reason()).isEqualTo("unreadable judge reply"));
        assertThatThrownBy(() -> ClaimJudge.parse("All good!", 1)).isInstanceOf(LlmUnavailable.class);
        assertThatThrownBy(() -> ClaimJudge.parse("1: not sure", 1)).isInstanceOf(LlmUnavailable.class);
        assertThatThrownBy(() -> ClaimJudge.parse("7: yes", 1)).isInstanceOf(LlmUnavailable.class);
    }

    @Test
    void noVerdictsAreNeededForNoClaims() throws LlmUnavailable {
        assertThat(ClaimJudge.parse("", 0)).isEqualTo(List.of());
    }
}
