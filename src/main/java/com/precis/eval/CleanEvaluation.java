package com.precis.eval;

import com.precis.clean.ArticleCleaner;
import com.precis.clean.ArticleMetadata;
import com.precis.clean.CleanedArticle;
import com.precis.clean.InputKind;
import com.precis.clean.TextDecoder;
import com.precis.pipeline.ArticleRejectedException;
import com.precis.text.ArticleText;
import com.precis.text.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Runs the cleaner over a folder of pages (each a folder with source.html, expected.html and
 * expected-metadata.json) twice: on the HTML page, and on a naive text dump the evaluation makes
 * from that page, every block of visible text on its own line with all the boilerplate in it. Then
 * on the plain-text article made of the gold headline and the gold body, as wire services and
 * plain-text feeds send articles: does the headline become the title, and does the body stay whole?
 */
public final class CleanEvaluation {

    private final ArticleCleaner cleaner;
    private final PageSelection selection;
    private final Path goldDir;
    private final Path annotatedDir;
    private final Map<String, String> goldTitles;

    public CleanEvaluation(ArticleCleaner cleaner, PageSelection selection, Path goldDir, Path annotatedDir,
                           Map<String, String> goldTitles) {
        this.cleaner = cleaner;
        this.selection = selection;
        this.goldDir = goldDir;
        this.annotatedDir = annotatedDir;
        this.goldTitles = goldTitles;
    }

    public List<PageResult> run(Path corpus) throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(corpus)) {
            dirs = s.filter(d -> Files.isRegularFile(d.resolve("source.html"))).sorted().toList();
        }
        List<PageResult> results = new ArrayList<>();
        for (Path dir : dirs) {
            results.add(evaluate(CorpusPage.load(dir, goldDir, annotatedDir)));
        }
        return results;
    }

    /** The naive text dump of a page: what a scraper that keeps every visible line would store. */
    public static String textDump(String html) {
        Document doc = Jsoup.parse(html);
        return String.join("\n", VisibleText.dumpLines(doc.body()));
    }

    /** One page's text dump, each line marked + when the text-dump cleaner kept it, then the gold body. */
    public void show(Path dir, java.io.PrintStream out) throws IOException {
        CorpusPage page = CorpusPage.load(dir, goldDir, annotatedDir);
        String dump = textDump(decode(page.source()));
        CleanedArticle cleaned = clean(dump.getBytes(StandardCharsets.UTF_8), "text/plain");
        java.util.Set<String> kept = new java.util.HashSet<>();
        if (cleaned != null) {
            cleaned.blocks().forEach(b -> kept.add(b.text()));
            out.println("metadata: " + cleaned.metadata());
        }
        for (String line : cleaner.explain(dump)) {
            out.println(line);
        }
        out.println("\n===== gold =====\n" + page.goldBody());
        out.println("\n===== dump F1 " + ShingleMatch.of(page.goldBody(), body(cleaned)).f1());
    }

    PageResult evaluate(CorpusPage page) {
        String reason = selection.exclusionReason(page.name());
        String kind = reason == null ? "article" : reason.split("\\s+", 2)[0];
        String html = decode(page.source());
        String dump = textDump(html);

        long t0 = System.nanoTime();
        CleanedArticle fromHtml = clean(page.source(), null);
        long t1 = System.nanoTime();
        CleanedArticle fromDump = clean(dump.getBytes(StandardCharsets.UTF_8), "text/plain");
        long t2 = System.nanoTime();

        String goldTitle = goldTitles.getOrDefault(page.name(), page.expected("title"));
        // A plain-text article as wire services and plain-text feeds send it: the headline on the first line, then the story.
        String headline = goldTitle == null ? "" : goldTitle + "\n\n";
        CleanedArticle plain = clean((headline + page.goldBody()).getBytes(StandardCharsets.UTF_8), "text/plain");
        CleanedArticle plainStop = goldTitle == null ? null
                : clean((goldTitle + ".\n\n" + page.goldBody()).getBytes(StandardCharsets.UTF_8), "text/plain");
        boolean[] stated = {
            page.expected("publishedTime") != null,
            page.expected("byline") != null,
            page.expected("siteName") != null,
            statesUrl(html)
        };
        PageResult.MetadataFill fill = new PageResult.MetadataFill(stated, filled(fromHtml), filled(fromDump));
        return new PageResult(page.name(), kind,
                ShingleMatch.of(page.goldBody(), body(fromHtml)),
                ShingleMatch.of(page.goldBody(), body(fromDump)),
                ShingleMatch.of(page.goldBody(), dump),
                ShingleMatch.of(page.goldBody(), body(plain)),
                goldTitle, title(fromHtml), title(fromDump), firstLine(dump), title(plain), title(plainStop), fill, t1 - t0, t2 - t1, page.handWrittenGold());
    }

    private static String decode(byte[] bytes) {
        try {
            return TextDecoder.decode(bytes, null, InputKind.HTML);
        } catch (ArticleRejectedException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private CleanedArticle clean(byte[] bytes, String contentType) {
        try {
            return cleaner.clean(bytes, contentType, null);
        } catch (ArticleRejectedException | RuntimeException e) {
            return null;
        }
    }

    static String body(CleanedArticle cleaned) {
        if (cleaned == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (Block b : cleaned.blocks()) {
            if (s.length() > 0) {
                s.append(ArticleText.BLOCK_SEPARATOR);
            }
            s.append(b.text());
        }
        return s.toString();
    }

    private static String firstLine(String dump) {
        for (String line : dump.split("\\R")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return null;
    }

    private static String title(CleanedArticle cleaned) {
        return cleaned == null ? null : cleaned.metadata().title();
    }

    private static boolean[] filled(CleanedArticle cleaned) {
        if (cleaned == null) {
            return new boolean[4];
        }
        ArticleMetadata m = cleaned.metadata();
        return new boolean[] {m.publishedAt() != null, !m.authors().isEmpty(), m.publisher() != null, m.url() != null};
    }

    /** The page states its address: OpenGraph, a canonical link, or JSON-LD. */
    private static boolean statesUrl(String html) {
        Document doc = Jsoup.parse(html);
        return !doc.select("meta[property=og:url][content^=http], link[rel=canonical][href^=http]").isEmpty()
                || doc.select("script[type=application/ld+json]").stream().anyMatch(s -> s.data().contains("\"url\""));
    }

    public static Map<String, String> readGoldTitles(Path file) throws IOException {
        Map<String, String> titles = new java.util.HashMap<>();
        if (file != null && Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    titles.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
                }
            }
        }
        return titles;
    }
}
