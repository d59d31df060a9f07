package com.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precis.pipeline.ArticleRejectedException;
import com.precis.pipeline.ArticleRejectedException.Reason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String FRENCH = "Le ministre a déclaré à la presse : « C’est un été très chaud » — 20 €.";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aUtf8ByteOrderMarkIsUsedAndRemoved() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, FRENCH.getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode(bytes, "text/plain; charset=windows-1252", InputKind.TEXT)).isEqualTo(FRENCH);
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws Exception {
        byte[] bytes = FRENCH.getBytes(StandardCharsets.UTF_16); // big-endian with a BOM
        assertThat(TextDecoder.decode(bytes, null, InputKind.TEXT)).isEqualTo(FRENCH);
    }

    @Test
    void aWindows1252PageDeclaredInItsMetaTagIsReadRight() throws Exception {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>" + FRENCH + "</p></body></html>";
        assertThat(TextDecoder.decode(page.getBytes(CP1252), null, InputKind.HTML)).contains(FRENCH);
    }

    @Test
    void latin1LabelsAreReadAsWindows1252AsBrowsersDo() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "</head><body><p>" + FRENCH + "</p></body></html>";
        // the curly apostrophe, the dash and the euro sign exist in Windows-1252 only
        assertThat(TextDecoder.decode(page.getBytes(CP1252), null, InputKind.HTML)).contains(FRENCH);
    }

    @Test
    void theContentTypeCharsetIsUsedWhenThePageSaysNothing() throws Exception {
        String german = "Größere Brücken über die Straße";
        byte[] bytes = german.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decode(bytes, "text/plain; charset=iso-8859-1", InputKind.TEXT)).isEqualTo(german);
    }

    @Test
    void undeclaredBytesThatAreNotUtf8AreReadAsWindows1252() throws Exception {
        assertThat(TextDecoder.decode(FRENCH.getBytes(CP1252), null, InputKind.TEXT)).isEqualTo(FRENCH);
    }

    @Test
    void aPageLabelledLatin1ButWrittenInUtf8IsReadAsUtf8() throws Exception {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + FRENCH + "</p></body></html>";
        assertThat(TextDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null, InputKind.HTML)).contains(FRENCH);
    }

    @Test
    void aPageLabelledGb2312ButWrittenInUtf8IsReadAsUtf8() throws Exception {
        String chinese = "谷歌在2014年收购的人工智能公司开发出一款计算机。";
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />"
                + "</head><body><p>" + chinese + "</p></body></html>";
        assertThat(TextDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null, InputKind.HTML)).contains(chinese);
    }

    @Test
    void aRealGb2312PageIsReadWithItsDeclaredCharset() throws Exception {
        String chinese = "谷歌在2014年收购的人工智能公司开发出一款计算机。";
        String page = "<html><head><meta charset=\"gb2312\"></head><body><p>" + chinese + "</p></body></html>";
        assertThat(TextDecoder.decode(page.getBytes(Charset.forName("GB2312")), null, InputKind.HTML)).contains(chinese);
    }

    @Test
    void utf8WithOneBrokenByteStaysUtf8() throws Exception {
        byte[] good = (FRENCH + " " + FRENCH + " " + FRENCH).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(good, new byte[] {(byte) 0xE9}); // a cut-off last character
        assertThat(TextDecoder.decode(bytes, null, InputKind.TEXT)).startsWith(FRENCH);
    }

    @Test
    void aUtf8ByteOrderMarkOnBytesThatAreNotUtf8IsRefusedWithAReason() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xC3, 0x28});
        assertThatThrownBy(() -> TextDecoder.decode(bytes, null, InputKind.TEXT))
                .isInstanceOf(ArticleRejectedException.class)
                .satisfies(e -> assertThat(((ArticleRejectedException) e).reason()).isEqualTo(Reason.UNDECODABLE))
                .hasMessageContaining("UTF-8");
    }
}
