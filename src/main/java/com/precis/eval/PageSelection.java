package com.precis.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which pages of the development corpus count for the cleaning evaluation. The list of pages that
 * do not count, each with its reason, is {@code excluded-pages.txt}: synthetic fixtures of
 * Readability's test suite and pages that are not one article. Hard articles stay in.
 */
public final class PageSelection {

    private final Map<String, String> excluded;

    private PageSelection(Map<String, String> excluded) {
        this.excluded = excluded;
    }

    public static PageSelection standard() {
        Map<String, String> excluded = new LinkedHashMap<>();
        try (InputStream in = PageSelection.class.getResourceAsStream("excluded-pages.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource excluded-pages.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+", 2);
                excluded.put(parts[0], parts.length > 1 ? parts[1].strip() : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PageSelection(excluded);
    }

    public static PageSelection everything() {
        return new PageSelection(Map.of());
    }

    /** Why a page does not count, or null when it does. */
    public String exclusionReason(String page) {
        return excluded.get(page);
    }
}
