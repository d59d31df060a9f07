package com.precis.clean;

import com.precis.pipeline.ArticleRejectedException;
import com.precis.pipeline.ArticleRejectedException.Reason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text. The charset comes from, in order: a byte-order mark, the page's own
 * declaration (meta charset or XML declaration), the content type, then the bytes themselves:
 * valid UTF-8 is UTF-8, anything else is read as Windows-1252 (which browsers use for Latin-1).
 * Valid multi-byte UTF-8 wins over any declaration, and a UTF-8 declaration that the bytes
 * contradict throughout is ignored: mislabelled pages are common.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([a-zA-Z0-9_.\\-]{1,40})[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern TYPE_CHARSET = Pattern.compile(
            "charset\\s*=\\s*\"?([a-zA-Z0-9_:.\\-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final int DECLARATION_BYTES = 4096;

    private TextDecoder() {
    }

    /** The decoded text, with any byte-order mark removed. */
    public static String decode(byte[] bytes, String contentType, InputKind kind) throws ArticleRejectedException {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return strict(bytes, skip, bom);
        }
        if (InputSniffer.looksLikeUtf16(bytes, Math.min(bytes.length, DECLARATION_BYTES))) {
            Charset utf16 = bytes[0] == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return strict(bytes, 0, utf16);
        }
        Charset declared = kind == InputKind.HTML ? declaredInPage(bytes) : null;
        if (declared == null) {
            declared = charsetParameter(contentType);
        }
        Utf8Scan scan = Utf8Scan.of(bytes);
        // Text in another charset is practically never valid UTF-8 once it has a few non-ASCII
        // characters, so valid UTF-8 wins over a declaration: pages labelled Latin-1 or GB2312 but
        // saved as UTF-8 are common.
        if (scan.multibyte() > 0 && scan.invalid() == 0) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (declared != null && !isUtf8(declared)) {
            return lenient(bytes, declared);
        }
        if (scan.invalid() == 0) {
            return new String(bytes, StandardCharsets.UTF_8); // ASCII
        }
        // UTF-8 with a few broken bytes (a cut-off character, one pasted Latin-1 byte) stays UTF-8;
        // bytes that are mostly not UTF-8 are the Latin-1 family, read as browsers do, as Windows-1252.
        if (scan.invalid() * 20 < scan.multibyte()) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return lenient(bytes, WINDOWS_1252);
    }

    static Charset declaredInPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Charset c = charsetNamed(m.group(1));
            if (c != null) {
                return c;
            }
        }
        m = XML_ENCODING.matcher(head);
        return m.find() ? charsetNamed(m.group(1)) : null;
    }

    static Charset charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = TYPE_CHARSET.matcher(contentType);
        return m.find() ? charsetNamed(m.group(1)) : null;
    }

    private static Charset charsetNamed(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        // As browsers do: Latin-1 and ASCII labels mean Windows-1252, and UTF-16 in a page means UTF-8.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii")
                || n.equals("ascii") || n.equals("iso8859-1") || n.equals("cp1252")) {
            return WINDOWS_1252;
        }
        if (n.startsWith("utf-16") || n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean isUtf8(Charset c) {
        return c.equals(StandardCharsets.UTF_8);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws ArticleRejectedException {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new ArticleRejectedException(Reason.UNDECODABLE,
                    "the bytes are not valid " + charset.name() + " although the byte-order mark says so");
        }
    }

    private static String lenient(byte[] bytes, Charset charset) {
        return new String(bytes, charset);
    }
}
