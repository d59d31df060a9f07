package com.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precis.pipeline.ArticleRejectedException;
import com.precis.pipeline.ArticleRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputSnifferTest {

    private static void assertRefused(byte[] bytes, String reasonWord) {
        assertThatThrownBy(() -> InputSniffer.detect(bytes, "application/octet-stream", "article.txt"))
                .isInstanceOf(ArticleRejectedException.class)
                .satisfies(e -> assertThat(((ArticleRejectedException) e).reason()).isEqualTo(Reason.BINARY))
                .hasMessageContaining(reasonWord);
    }

    @Test
    void aPdfIsRefusedAndNamed() {
        assertRefused("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1), "PDF");
    }

    @Test
    void anImageIsRefusedAndNamed() {
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}, "PNG");
    }

    @Test
    void controlBytesAreRefusedAsBinaryData() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0 : 'a' + i % 20);
        }
        assertRefused(bytes, "binary");
    }

    @Test
    void htmlIsRecognisedByItsMarkupWhateverItsNameOrType() throws Exception {
        byte[] page = "  <!DOCTYPE html><html><body><p>Hi</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(InputSniffer.detect(page, "application/octet-stream", "page.txt")).isEqualTo(InputKind.HTML);
    }

    @Test
    void aTextDumpIsText() throws Exception {
        byte[] text = "Headline\nBy Jane Doe\nThe article starts here.".getBytes(StandardCharsets.UTF_8);
        assertThat(InputSniffer.detect(text, null, "dump.txt")).isEqualTo(InputKind.TEXT);
    }

    @Test
    void utf16TextWithoutAByteOrderMarkIsNotTakenForBinary() throws Exception {
        byte[] text = "A plain sentence of text in UTF-16.".getBytes(StandardCharsets.UTF_16LE);
        assertThat(InputSniffer.detect(text, null, null)).isEqualTo(InputKind.TEXT);
    }
}
