package com.precis.bench;

import com.precis.cli.BenchCommand;
import com.precis.cli.BenchCommand.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * The throughput peer: Readability4J (the Java port of Mozilla's Readability) cleaning the same
 * pages, timed by the same loop as {@code precis bench}. Its work per page: decode the bytes,
 * parse them with jsoup, find the article and its metadata: less than Precis's whole pipeline
 * (which also splits sentences and finds quotes, actors and the summary).
 *
 * <p>{@code java -cp target/test-classes:CP com.precis.bench.ReadabilityPeer DIR [WARMUP_S] [SECONDS]}
 */
public final class ReadabilityPeer {

    private ReadabilityPeer() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        double warmup = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;
        List<Page> pages = BenchCommand.pages(dir);
        BenchCommand.Result result = BenchCommand.measure(pages, ReadabilityPeer::clean, warmup, seconds);
        System.out.println(result.line("readability4j " + pages.size() + " pages of " + dir));
    }

    static boolean clean(Page page) {
        String html = new String(page.bytes(), StandardCharsets.UTF_8);
        Article article = new Readability4J("https://example.com/" + page.name(), html).parse();
        return article.getContent() != null;
    }
}
