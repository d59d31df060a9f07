package com.precis.bench;

import com.precis.actors.ActorExtractor;
import com.precis.actors.ActorSet;
import com.precis.clean.ArticleCleaner;
import com.precis.clean.CleanedArticle;
import com.precis.clean.InputSniffer;
import com.precis.clean.TextDecoder;
import com.precis.document.Actor;
import com.precis.document.Article;
import com.precis.document.Quote;
import com.precis.pipeline.ArticleInput;
import com.precis.pipeline.Precis;
import com.precis.quotes.QuoteExtractor;
import com.precis.summary.Summarizer;
import com.precis.text.ArticleText;
import com.precis.text.Block;
import com.precis.text.LanguageDetector;
import com.precis.text.SentenceSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each stage of the pipeline, and the whole of it, on real pages of the development corpus
 * ({@code ../shared/corpus/readability-test-pages/PAGE/source.html}, or {@code samples/} for the
 * customer's text dump). Each stage gets the real output of the stages before it, prepared once.
 * Run with {@code bench/jmh.sh} (see bench/README.md), never by {@code mvn verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
public class PipelineBenchmark {

    /** Pages of the corpus (folder names), or "sample" for samples/nvidia-h20-scraped.txt. */
    @Param({"sample", "guardian-1", "nytimes-1", "wapo-1", "yahoo-2", "wikipedia"})
    public String page;

    private final Precis precis = Precis.standard();
    private final LanguageDetector languages = LanguageDetector.standard();
    private final ArticleCleaner cleaner = ArticleCleaner.standard(languages);
    private final SentenceSplitter splitter = SentenceSplitter.standard();
    private final ActorExtractor actors = ActorExtractor.standard();
    private final QuoteExtractor quotes = QuoteExtractor.standard();
    private final Summarizer summarizer = Summarizer.standard();

    private byte[] bytes;
    private String name;
    private CleanedArticle cleaned;
    private String language;
    private ArticleText articleText;
    private List<Quote> quoteList;
    private List<Actor> actorList;
    private ActorSet freshActors;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        Path file = page.equals("sample") ? Path.of("samples/nvidia-h20-scraped.txt")
                : corpus().resolve(page).resolve("source.html");
        bytes = Files.readAllBytes(file);
        name = file.getFileName().toString();
        cleaned = clean();
        language = detectLanguage();
        articleText = split();
        ActorSet actorSet = actors.extract(articleText);
        quoteList = quotes.extract(articleText, actorSet);
        actorList = actorSet.finish(quoteList);
    }

    @Setup(Level.Invocation)
    public void freshActorSet() {
        // The quote stage may record speakers in the actor set: each invocation gets its own.
        freshActors = actors.extract(articleText);
    }

    static Path corpus() {
        String configured = System.getProperty("precis.corpus");
        return Path.of(configured != null ? configured : "../shared/corpus/readability-test-pages");
    }

    @Benchmark
    public String decode() throws Exception {
        return TextDecoder.decode(bytes, null, InputSniffer.detect(bytes, null, name));
    }

    /** Sniffing, decoding and cleaning, as the pipeline runs them (decode alone is above). */
    @Benchmark
    public CleanedArticle clean() throws Exception {
        return cleaner.clean(bytes, null, name);
    }

    @Benchmark
    public String detectLanguage() {
        StringBuilder s = new StringBuilder();
        for (Block block : cleaned.blocks()) {
            s.append(block.text()).append('\n');
        }
        return languages.detect(s.toString());
    }

    @Benchmark
    public ArticleText split() {
        return ArticleText.of(cleaned.blocks(), language, splitter);
    }

    @Benchmark
    public ActorSet actors() {
        return actors.extract(articleText);
    }

    @Benchmark
    public List<Quote> quotes() {
        return quotes.extract(articleText, freshActors);
    }

    @Benchmark
    public List<String> summary() {
        return summarizer.summarize(articleText, cleaned.metadata().title(), actorList, quoteList);
    }

    @Benchmark
    public Article wholePipeline() throws Exception {
        return precis.summarize(new ArticleInput(bytes, null, name));
    }
}
