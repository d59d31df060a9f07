package com.precis.cli;

import com.precis.document.ArticleDocument;
import com.precis.document.DocumentJson;
import com.precis.document.Source;
import com.precis.document.Stats;
import com.precis.pipeline.ArticleInput;
import com.precis.pipeline.ArticleRejectedException;
import com.precis.pipeline.Precis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code summarize FILE... [--out DIR]}: the pipeline on local files, in one JVM. With one file and
 * no --out it prints the document; with --out it writes one JSON file per input, named after the
 * input's path relative to the inputs' common folder ({@code a/source.html} gives
 * {@code DIR/a/source.json}), and never overwrites: a name two inputs would share, or a file that
 * already exists, is refused before any work. A line per file and a totals line go to stderr.
 * Exits 1 when any file failed.
 */
final class SummarizeCommand {

    static final Usage USAGE = new Usage("summarize FILE... [--out DIR]",
            "Runs the pipeline on local files (HTML pages or text dumps). One file: prints its document JSON.\n"
                    + "With --out: writes DIR/<path>.json for each input, <path> being the input's path relative to the\n"
                    + "folder holding all inputs (a/source.html and b/source.html give a/source.json and b/source.json);\n"
                    + "an existing file is never overwritten. A line per file and a totals line go to stderr.",
            List.of(Usage.option("--out", "DIR", "write one JSON file per input under DIR")));

    private SummarizeCommand() {
    }

    static int run(String[] argv) throws IOException {
        Args args = Args.parse(argv, USAGE);
        List<Path> files = args.positionals().stream().map(Path::of).toList();
        Path out = args.value("--out") == null ? null : Path.of(args.value("--out"));
        if (files.isEmpty()) {
            throw args.error("no input file given");
        }
        if (out == null && files.size() > 1) {
            throw args.error(files.size() + " files need --out DIR (one JSON file is written per input)");
        }
        Map<Path, Path> targets = out == null ? Map.of() : targets(files, out);
        long started = System.nanoTime();
        Precis precis = Precis.standard();
        int failures = 0;
        for (Path file : files) {
            ArticleDocument doc = summarize(precis, file);
            if (out == null) {
                System.out.println(DocumentJson.write(doc));
            } else {
                Path target = targets.get(file);
                Files.createDirectories(target.getParent());
                // CREATE_NEW: should the file have appeared since the check, it is still not overwritten.
                Files.writeString(target, DocumentJson.write(doc), StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
            }
            if (doc.error() != null) {
                failures++;
                System.err.println(file + "\t" + doc.status() + "\t" + doc.error());
            } else if (out != null) {
                System.err.println(file + "\t" + doc.status() + "\t" + targets.get(file) + "\t"
                        + doc.stats().processingMillis() + " ms");
            }
        }
        System.err.printf(Locale.ROOT, "summarize: %d file%s: %d ok, %d failed, %.1f s%n", files.size(),
                files.size() == 1 ? "" : "s", files.size() - failures, failures, (System.nanoTime() - started) / 1e9);
        return failures == 0 ? 0 : 1;
    }

    /** Where each input's JSON goes; refuses, before any work, names that collide or files that exist. */
    static Map<Path, Path> targets(List<Path> files, Path out) {
        Map<Path, Path> targets = new LinkedHashMap<>();
        Map<Path, Path> claimedBy = new HashMap<>();
        List<String> existing = new ArrayList<>();
        for (Map.Entry<Path, String> input : InputNames.relative(files).entrySet()) {
            Path target = out.resolve(InputNames.withoutExtension(input.getValue()) + ".json").normalize();
            Path other = claimedBy.put(target, input.getKey());
            if (other != null) {
                throw new CommandFailure(other + " and " + input.getKey() + " would both be written to " + target
                        + ": --out never overwrites; rename one, or run them with different --out folders");
            }
            if (Files.exists(target)) {
                existing.add(target.toString());
            }
            targets.put(input.getKey(), target);
        }
        if (!existing.isEmpty()) {
            throw new CommandFailure(existing.get(0) + (existing.size() > 1 ? " and " + (existing.size() - 1) + " more" : "")
                    + " already exist" + (existing.size() > 1 ? "" : "s")
                    + ": --out never overwrites; remove them or choose an empty folder");
        }
        return targets;
    }

    static ArticleDocument summarize(Precis precis, Path file) {
        String processedAt = Instant.now().toString();
        String id = "file://" + file.toAbsolutePath().normalize();
        long started = System.nanoTime();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            Source source = new Source(null, file.toString(), null, null, null, null, null, null);
            String why = e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName() + ": " + e.getMessage();
            return ArticleDocument.failed(id, source, "NOT_FOUND: cannot read " + file + ": " + why,
                    Stats.ofInput(0, 0), Precis.VERSION, processedAt);
        }
        Source source = new Source(null, file.toString(), null, null, (long) bytes.length, null, null, null);
        try {
            return ArticleDocument.of(id, source, precis.summarize(new ArticleInput(bytes, null, file.toString())),
                    Precis.VERSION, processedAt);
        } catch (ArticleRejectedException e) {
            return ArticleDocument.failed(id, source, e.describe(),
                    Stats.ofInput(bytes.length, (System.nanoTime() - started) / 1_000_000), Precis.VERSION, processedAt);
        }
    }
}
