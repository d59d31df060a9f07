package com.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void everyKindOfSpaceRunIsOneSpaceAndTheEndsAreTrimmed() {
        assertThat(Whitespace.collapse("  Trade\t\u00A0talks \r\n resume\u202F\u2007today  ")).isEqualTo("Trade talks resume today");
    }

    @Test
    void zeroWidthCharactersInsideWordsAreDroppedNotTurnedIntoSpaces() {
        assertThat(Whitespace.collapse("Nvi\u200Bdia\u00ADs\u2060 H20\uFEFF")).isEqualTo("Nvidia\u00ADs H20");
        assertThat(Whitespace.collapse("\u200B\u200C\u200D")).isEmpty();
    }
}
