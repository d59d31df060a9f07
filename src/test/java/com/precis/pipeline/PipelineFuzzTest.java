package com.precis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.precis.document.Actor;
import com.precis.document.Article;
import com.precis.document.ArticleDocument;
import com.precis.document.DocumentJson;
import com.precis.document.Quote;
import com.precis.document.Source;
import com.precis.store.ItemFitter;
import com.precis.store.ItemMapper;
import com.precis.store.ItemSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The whole pipeline over thousands of generated and mutated inputs. Whatever the input, no
 * exception but a clear rejection escapes, each input finishes in bounded time, every quote's
 * text occurs in cleanText, every named speaker is an actor, the JSON is valid and the item fits.
 */
class PipelineFuzzTest {

    private static final Precis PRECIS = Precis.standard();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = read("samples/nvidia-h20-scraped.txt");
    private static final String HTML = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port strike ends | Harbour News</title>
            <meta property="og:title" content="Port strike ends after three weeks"></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Port strike ends after three weeks</h1>
            <p>Dock workers in Rotterdam returned to work on Monday after a three-week strike over pay, the union said.</p>
            <p>“This is a fair deal for every worker on the quay,” said Jan de Vries, the union's chairman, on Sunday.</p>
            <p>The Port of Rotterdam Authority said traffic would return to normal by Wednesday.</p></article>
            <aside>Related: <a href="/x">Other news</a></aside><footer>© Harbour News</footer></body></html>""";
    private static final AtomicInteger FUZZED = new AtomicInteger();
    private static final AtomicInteger CRASHES = new AtomicInteger();

    @AfterContainer
    static void report() {
        System.out.printf("fuzz: inputs fuzzed %d -> crashes %d%n", FUZZED.get(), CRASHES.get());
    }

    @Property(tries = 1500)
    void randomBytes(@ForAll @Size(max = 20_000) byte[] bytes, @ForAll("contentTypes") String type) {
        assertSound(bytes, type, "random.bin");
    }

    @Property(tries = 600)
    void mutatedScrapedText(@ForAll("mutations") String mutated) {
        assertSound(mutated.getBytes(StandardCharsets.UTF_8), "text/plain", "sample.txt");
    }

    @Property(tries = 600)
    void mutatedHtml(@ForAll("htmlMutations") String mutated) {
        assertSound(mutated.getBytes(StandardCharsets.UTF_8), "text/html", "page.html");
    }

    @Property(tries = 60)
    void deepNesting(@ForAll @IntRange(min = 1, max = 30_000) int depth, @ForAll("tags") String tag) {
        String html = "<html><body>" + ("<" + tag + ">").repeat(depth) + "<p>“Deep,” he said. It is very deep here in the page.</p>"
                + ("</" + tag + ">").repeat(depth / 2) + "</body></html>";
        assertSound(html.getBytes(StandardCharsets.UTF_8), "text/html", "deep.html");
    }

    @Property(tries = 40)
    void hugeSingleLines(@ForAll @IntRange(min = 10_000, max = 1_500_000) int length, @ForAll("lineChars") String unit) {
        StringBuilder line = new StringBuilder(length + unit.length());
        while (line.length() < length) {
            line.append(unit);
        }
        assertSound(line.toString().getBytes(StandardCharsets.UTF_8), null, "line.txt");
    }

    @Property(tries = 300)
    void mixedEncodings(@ForAll("charsets") String first, @ForAll("charsets") String second,
                        @ForAll @IntRange(min = 0, max = 3000) int cut) {
        int at = Math.min(cut, SAMPLE.length());
        byte[] a = SAMPLE.substring(0, at).getBytes(Charset.forName(first));
        byte[] b = SAMPLE.substring(at).getBytes(Charset.forName(second));
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        assertSound(both, "text/plain; charset=" + first, "mixed.txt");
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(null, "text/plain", "text/html", "application/octet-stream", "text/html; charset=bogus",
                "text/plain; charset=utf-16");
    }

    @Provide
    Arbitrary<String> tags() {
        return Arbitraries.of("div", "p", "span", "blockquote", "li", "table", "b", "article");
    }

    @Provide
    Arbitrary<String> lineChars() {
        return Arbitraries.of("a", "“", "\"", "word ", "Word. ", "\u200B", "\u202E", "« ", "$1.0+2% ", "<p>", "&amp;");
    }

    @Provide
    Arbitrary<String> charsets() {
        return Arbitraries.of("UTF-8", "windows-1252", "ISO-8859-1", "UTF-16LE", "UTF-16BE");
    }

    @Provide
    Arbitrary<String> mutations() {
        return mutationsOf(SAMPLE);
    }

    @Provide
    Arbitrary<String> htmlMutations() {
        return mutationsOf(HTML);
    }

    /** Up to eight edits of the text: inserted marks and invisible characters, cuts, copies, swaps. */
    private static Arbitrary<String> mutationsOf(String base) {
        Arbitrary<String> inserts = Arbitraries.of("“", "”", "\"", "«", "»", "„", "‘", "’", "\u200B", "\u200F",
                "\u202E", "\u2066", "\uFEFF", "\n\n", "<", ">", "</p>", "<div>", "&", "&#x0;", "\u0000", "\uD800",
                " Mr. ", " U.S. ", "...", " said ", " told ", "Par : X\n", "Source: http://x\n");
        return Arbitraries.integers().between(0, base.length()).list().ofMinSize(1).ofMaxSize(8)
                .flatMap(positions -> inserts.list().ofSize(positions.size()).map(marks -> {
                    StringBuilder s = new StringBuilder(base);
                    for (int i = 0; i < positions.size(); i++) {
                        int at = Math.min(positions.get(i), s.length());
                        switch (i % 4) {
                            case 0, 1 -> s.insert(at, marks.get(i));
                            case 2 -> s.delete(at, Math.min(s.length(), at + 40));
                            default -> s.insert(at, s.substring(at, Math.min(s.length(), at + 200)));
                        }
                    }
                    return s.toString();
                }));
    }

    static void assertSound(byte[] input, String contentType, String name) {
        FUZZED.incrementAndGet();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(input, contentType, name));
        } catch (AssertionError | RuntimeException e) {
            CRASHES.incrementAndGet();
            throw e;
        }
    }

    private static void check(byte[] input, String contentType, String name) throws Exception {
        Article article;
        try {
            article = PRECIS.summarize(new ArticleInput(input, contentType, name));
        } catch (ArticleRejectedException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            return;
        }
        assertThat(article.cleanText()).isNotBlank();
        Set<String> actorIds = article.actors().stream().map(Actor::id).collect(Collectors.toSet());
        for (Quote q : article.quotes()) {
            assertThat(article.cleanText()).contains(q.text());
            if (q.speaker() != null && q.speaker().actorId() != null) {
                assertThat(actorIds).contains(q.speaker().actorId());
            }
            if (q.anonymous()) {
                assertThat(q.speaker()).isNotNull();
                assertThat(q.speaker().actorId()).isNull();
            }
        }
        ArticleDocument doc = ArticleDocument.of("s3://fuzz/" + name,
                new Source("fuzz", name, null, null, (long) input.length, contentType, null, null),
                article, Precis.VERSION, "2026-01-01T00:00:00Z");
        JSON.readTree(DocumentJson.write(doc)); // valid JSON
        assertThat(ItemSize.of(ItemMapper.toItem(ItemFitter.fit(doc)))).isLessThanOrEqualTo(ItemSize.LIMIT_BYTES);
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
