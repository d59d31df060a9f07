package com.precis.clean;

import com.precis.pipeline.ArticleRejectedException;
import com.precis.pipeline.ArticleRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides whether bytes are an HTML page or plain text, and refuses what is neither. The bytes
 * win over the declared content type and the name, because scrapers often store pages as
 * application/octet-stream or under a .txt name.
 */
public final class InputSniffer {

    private static final int SNIFF_BYTES = 4096;

    private InputSniffer() {
    }

    public static InputKind detect(byte[] bytes, String contentType, String name) throws ArticleRejectedException {
        if (bytes.length == 0) {
            throw new ArticleRejectedException(Reason.EMPTY, "the object is empty");
        }
        String binary = binaryFormat(bytes);
        if (binary != null) {
            throw new ArticleRejectedException(Reason.BINARY, "the object is binary (" + binary + "), not an article");
        }
        String head = asciiHead(bytes).toLowerCase(Locale.ROOT);
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("<!doctype html") || trimmed.startsWith("<html") || head.contains("<html")
                || head.contains("<head") || head.contains("<body")) {
            return InputKind.HTML;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return InputKind.HTML;
        }
        String lowerName = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")) {
            return InputKind.HTML;
        }
        // A fragment without <html>: enough block tags early on make it markup, not prose.
        if (trimmed.startsWith("<") && countTags(head) >= 5) {
            return InputKind.HTML;
        }
        return InputKind.TEXT;
    }

    /** A name for a recognised binary format, "binary data" for unknown control-heavy bytes, or null. */
    static String binaryFormat(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
            return "PDF";
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
            return "PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
            return "GIF image";
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return "ZIP archive or Office document";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip data";
        }
        if (startsWith(b, 0x7F, 0x45, 0x4C, 0x46)) {
            return "executable";
        }
        if (utf16Bom(b)) {
            return null;
        }
        int n = Math.min(b.length, SNIFF_BYTES);
        int control = 0;
        int nul = 0;
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v == 0) {
                nul++;
            } else if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f' && v != 0x1B) {
                control++;
            }
        }
        // UTF-16 text without a BOM has NULs in every other byte: leave that to the decoder.
        if (nul > 0 && !looksLikeUtf16(b, n)) {
            return "binary data";
        }
        if (control * 10 > n) {
            return "binary data";
        }
        return null;
    }

    static boolean looksLikeUtf16(byte[] b, int n) {
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            if (b[i] == 0) {
                evenNul++;
            }
            if (b[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        return pairs > 0 && (evenNul * 10 >= pairs * 7 && oddNul == 0 || oddNul * 10 >= pairs * 7 && evenNul == 0);
    }

    private static boolean utf16Bom(byte[] b) {
        return startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE);
    }

    private static String asciiHead(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        if (utf16Bom(bytes) || looksLikeUtf16(bytes, n)) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (bytes[i] != 0) {
                    s.append((char) (bytes[i] & 0x7F));
                }
            }
            return s.toString();
        }
        return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    }

    private static int countTags(String head) {
        int count = 0;
        for (String tag : new String[] {"<p", "<div", "<span", "<a ", "<br", "<h1", "<h2", "<ul", "<li", "<table"}) {
            for (int i = head.indexOf(tag); i >= 0; i = head.indexOf(tag, i + 1)) {
                count++;
            }
        }
        return count;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
