package newsdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BriefingNonceTest {
    @Test
    void noncesStayWithinDiscordsLimit() {
        String nonce = BriefingNonce.of(Long.MAX_VALUE, LocalDate.parse("2025-12-31"));
        assertThat(BriefingNonce.part(nonce, 9)).hasSizeLessThanOrEqualTo(25);
        assertThat(BriefingNonce.part(BriefingNonce.of(1, LocalDate.parse("2025-01-15")), 0)).isEqualTo("b1.20250115.0");
        assertThatThrownBy(() -> BriefingNonce.part(nonce, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
