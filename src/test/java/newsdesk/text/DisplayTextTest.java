package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {
    @Test
    void bidiControlsAndZeroWidthCharactersAreTakenOut() {
        assertThat(DisplayText.clean("paid \u202E001$\u202C in \u2066full\u2069")).isEqualTo("paid 001$ in full");
        assertThat(DisplayText.clean("zero\u200Bwidth\u200C\u200D\u2060\uFEFF here")).isEqualTo("zerowidth here");
        assertThat(DisplayText.clean("\u200Emarked\u200F")).isEqualTo("marked");
    }

    @Test
    void lookAlikeMentionsBecomeThePlainFormThatEscapingRecognises() {
        assertThat(DisplayText.clean("\uFF20everyone look")).isEqualTo("@everyone look");
        assertThat(DisplayText.clean("@\u200Beveryone look")).isEqualTo("@everyone look");
        assertThat(DisplayText.clean("@\uFF45\uFF56\uFF45\uFF52\uFF59\uFF4F\uFF4E\uFF45")).isEqualTo("@everyone");
        assertThat(DisplayText.clean("\uFE6Bhere and \uFF20Jordan")).isEqualTo("@here and @Jordan");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        String text = "Café owners in Zürich — and 42 others — wrote to info@example.org «today».";
        assertThat(DisplayText.clean(text)).isSameAs(text);
        assertThat(DisplayText.clean(null)).isNull();
        assertThat(DisplayText.clean("")).isEmpty();
    }
}
