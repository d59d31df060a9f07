package com.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HintWordsTest {

    private final HintWords words = new HintWords("sidebar", "Comment", " hid ", "-ad-");

    @Test
    void aFragmentMatchesAnywhereInTheHintsWhateverTheCase() {
        assertThat(words.foundIn("left-SideBar wide")).isTrue();
        assertThat(words.foundIn("commentlist")).isTrue();
        assertThat(words.foundIn("top-ad-slot")).isTrue();
        assertThat(words.foundIn("side bar")).isFalse();
        assertThat(words.foundIn("")).isFalse();
    }

    @Test
    void aFragmentWithSpacesMatchesOnlyAWholeWordAndTheEndsCountAsSpaces() {
        assertThat(words.foundIn("hid")).isTrue();
        assertThat(words.foundIn("box hid")).isTrue();
        assertThat(words.foundIn("hid box")).isTrue();
        assertThat(words.foundIn("a hid b")).isTrue();
        assertThat(words.foundIn("hidden")).isFalse();
        assertThat(words.foundIn("thid")).isFalse();
    }

    @Test
    void anElementMatchesByItsClassOrItsId() {
        assertThat(words.foundIn("main story", "SideBar-1")).isTrue();
        assertThat(words.foundIn("comment-box", "")).isTrue();
        assertThat(words.foundIn("main", "story")).isFalse();
        assertThat(words.foundIn("", "")).isFalse();
    }

    @Test
    void nonAsciiHintsAreSearchedWithoutFailing() {
        assertThat(words.foundIn("barre-latérale sidebar")).isTrue();
        assertThat(words.foundIn("コメント")).isFalse();
    }

    @Test
    void blankOrNonAsciiFragmentsAreRefused() {
        assertThatThrownBy(() -> new HintWords("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HintWords("été")).isInstanceOf(IllegalArgumentException.class);
    }
}
