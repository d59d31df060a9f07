package com.precis.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a shipped text resource as its non-blank, non-comment lines. Used by the factories only. */
public final class ResourceLines {

    private ResourceLines() {
    }

    public static List<String> read(Class<?> owner, String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + owner.getPackageName() + "/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 14);
            for (String line; (line = reader.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    lines.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Words of space-separated lines that start with {@code tag}, e.g. "head president minister". */
    static List<String> tagged(List<String> lines, String tag) {
        List<String> words = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(tag + " ")) {
                for (String w : line.substring(tag.length() + 1).split(" ")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        }
        return words;
    }
}
