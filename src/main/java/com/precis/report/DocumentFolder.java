package com.precis.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precis.document.ArticleDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The documents {@code summarize --out DIR} wrote: every {@code *.json} file directly in DIR. */
public final class DocumentFolder {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private DocumentFolder() {
    }

    /** Reads the folder's documents; a file that is not one is skipped with a line on {@code warnings}. */
    public static List<ArticleDocument> read(Path dir, PrintStream warnings) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a folder (give the folder summarize --out wrote)");
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(dir)) {
            files = entries.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        List<ArticleDocument> documents = new ArrayList<>();
        for (Path file : files) {
            try {
                ArticleDocument doc = JSON.readValue(file.toFile(), ArticleDocument.class);
                if (doc == null || doc.articleId() == null) {
                    warnings.println("skipped " + file + ": not a Precis document (no articleId)");
                } else {
                    documents.add(doc);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                warnings.println("skipped " + file + ": not a Precis document (" + e.getOriginalMessage() + ")");
            } catch (IOException | RuntimeException e) {
                warnings.println("skipped " + file + ": cannot read it (" + e.getMessage() + ")");
            }
        }
        return documents;
    }
}
