package com.precis.clean;

/** Counts, in one pass, the well-formed multi-byte UTF-8 sequences of some bytes and the bytes that break UTF-8. */
record Utf8Scan(int multibyte, int invalid) {

    static Utf8Scan of(byte[] b) {
        int multibyte = 0;
        int invalid = 0;
        int i = 0;
        int n = b.length;
        while (i < n) {
            // Pages are mostly ASCII: step over it eight bytes at a time.
            while (i + 8 <= n && (b[i] | b[i + 1] | b[i + 2] | b[i + 3] | b[i + 4] | b[i + 5] | b[i + 6] | b[i + 7]) >= 0) {
                i += 8;
            }
            if (i >= n) {
                break;
            }
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                invalid++;
                i++;
                continue;
            }
            if (i + len > n) {
                invalid++;
                break;
            }
            int cp = c & (0xFF >> (len + 1));
            boolean ok = true;
            for (int k = 1; k < len; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (ok && cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                multibyte++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Scan(multibyte, invalid);
    }
}
