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
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code summarize FILE... [--out DIR]}: the pipeline on local files, in one JVM. With one file and
 * no --out it prints the document; with --out it writes one JSON file per input and a line per
 * file on stderr. Exits 1 when any file failed.
 */
final class SummarizeCommand {

    private SummarizeCommand() {
    }

    static int run(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                out = Path.of(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty() || out == null && files.size() > 1) {
            System.err.println("usage: summarize FILE  |  summarize FILE... --out DIR");
            return 2;
        }
        if (out != null) {
            Files.createDirectories(out);
        }
        Precis precis = Precis.standard();
        int failures = 0;
        for (Path file : files) {
            ArticleDocument doc = summarize(precis, file);
            if (out == null) {
                System.out.println(DocumentJson.write(doc));
            } else {
                Path target = out.resolve(baseName(file) + ".json");
                Files.writeString(target, DocumentJson.write(doc), StandardCharsets.UTF_8);
                System.err.println(file + "\t" + doc.status() + "\t"
                        + (doc.error() != null ? doc.error() : target + "\t" + doc.stats().processingMillis() + " ms"));
            }
            if (doc.error() != null) {
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
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
            return ArticleDocument.failed(id, source, "NOT_FOUND: cannot read " + file + ": " + e.getMessage(),
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

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
