package com.precis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names for outputs made from several input files: each file's path relative to the deepest folder
 * that holds them all, so {@code a/source.html} and {@code b/source.html} stay {@code a/source...}
 * and {@code b/source...} instead of overwriting each other. A file given twice is refused.
 */
final class InputNames {

    private InputNames() {
    }

    /** Each file (in the order given) with its '/'-separated path relative to the common parent. */
    static Map<Path, String> relative(List<Path> files) {
        List<Path> absolute = new ArrayList<>();
        Map<Path, Path> original = new HashMap<>();
        for (Path file : files) {
            Path abs = file.toAbsolutePath().normalize();
            if (original.put(abs, file) != null) {
                throw new CommandFailure(file + " is given twice");
            }
            absolute.add(abs);
        }
        Path parent = commonParent(absolute);
        Map<Path, String> names = new LinkedHashMap<>();
        for (Path abs : absolute) {
            Path relative = parent == null ? abs.getFileName() : parent.relativize(abs);
            names.put(original.get(abs), relative.toString().replace(java.io.File.separatorChar, '/'));
        }
        return names;
    }

    static String withoutExtension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }

    private static Path commonParent(List<Path> files) {
        Path common = null;
        for (Path file : files) {
            Path dir = file.getParent();
            if (common == null) {
                common = dir;
                continue;
            }
            while (common != null && !dir.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }
}
