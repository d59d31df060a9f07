package com.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.text.LanguageDetector;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The small helpers the cleaners rely on, each with a hand-written case. */
class SmallPartsTest {

    @Test
    void bylineNames() {
        assertThat(BylineNames.parse("By Jane Roe and John Doe")).containsExactly("Jane Roe", "John Doe");
        assertThat(BylineNames.parse("Dan Goodin - Apr 16, 2015 8:02 pm UTC")).containsExactly("Dan Goodin");
        assertThat(BylineNames.parse("Par Laurence Defranoux")).containsExactly("Laurence Defranoux");
        assertThat(BylineNames.parse("Martin Untersinger (avec Damien Leloup et Morgane Tual)"))
                .contains("Martin Untersinger", "Damien Leloup", "Morgane Tual");
        assertThat(BylineNames.parse("posted on March 3, 2024")).isEmpty();
    }

    @Test
    void wordsAreCountedInEveryScript() {
        assertThat(WordCount.of("The bridge, built in 1931, is closed.")).isEqualTo(7);
        assertThat(WordCount.of("谷歌开发出计算机")).isEqualTo(4); // two characters make a word
        assertThat(WordCount.of("Nvidia H20 芯片")).isEqualTo(3);
    }

    @Test
    void topicOverlapIsTheShareOfContentWordsAlreadySeen() {
        TopicWords topic = new TopicWords(LanguageDetector.standard());
        TopicWords.Vocabulary v = topic.vocabulary();
        topic.add(v, "The harbour bridge will close to cars.");
        // content words: cars, crossed, harbour, bridge; all but "crossed" were seen ("the" is a function word)
        assertThat(topic.overlap("Cars crossed the harbour bridge.", v)).isEqualTo(0.75);
        assertThat(topic.overlap("A festival of music in the hills.", v)).isZero();
    }

    @Test
    void utf8IsScannedInOnePass() {
        assertThat(Utf8Scan.of("é€😀".getBytes(StandardCharsets.UTF_8))).isEqualTo(new Utf8Scan(3, 0));
        assertThat(Utf8Scan.of("é".getBytes(Charset.forName("windows-1252")))).isEqualTo(new Utf8Scan(0, 1));
        assertThat(Utf8Scan.of(new byte[] {(byte) 0xC0, (byte) 0x80})).isEqualTo(new Utf8Scan(0, 2)); // overlong
    }

    @Test
    void utf8ScanFindsEveryNonAsciiByteWhereverItSitsInLongAsciiRuns() {
        // The scan steps over ASCII eight bytes at a time: a character at any offset must still be seen.
        for (int at = 0; at < 40; at++) {
            String ascii = "a".repeat(at) + "é" + "b".repeat(40 - at);
            assertThat(Utf8Scan.of(ascii.getBytes(StandardCharsets.UTF_8))).as("é at %d", at)
                    .isEqualTo(new Utf8Scan(1, 0));
            byte[] latin1 = ascii.getBytes(StandardCharsets.ISO_8859_1);
            assertThat(Utf8Scan.of(latin1)).as("Latin-1 é at %d", at).isEqualTo(new Utf8Scan(0, 1));
        }
        assertThat(Utf8Scan.of("x".repeat(64).getBytes(StandardCharsets.US_ASCII))).isEqualTo(new Utf8Scan(0, 0));
    }
}
