package com.precis.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The halves of the cleaning evaluation: a page is in the check half when the first byte of the
 * SHA-256 of {@code "eval-clean:" + name} is odd, else in the dev half (the prefix was chosen, before
 * any score was looked at, because the bare name split the 77 pages 26/51). Rules and thresholds are tuned on the dev half
 * only; the check half is reported, never looked into (the diagnostics list dev pages by default).
 */
public enum CleanSplit {
    ALL, DEV, CHECK;

    public boolean contains(String page) {
        return this == ALL || (this == CHECK) == isCheck(page);
    }

    public static CleanSplit parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    static boolean isCheck(String page) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("eval-clean:" + page).getBytes(StandardCharsets.UTF_8));
            return (digest[0] & 1) == 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
