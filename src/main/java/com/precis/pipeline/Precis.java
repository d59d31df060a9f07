package com.precis.pipeline;

import com.precis.actors.ActorExtractor;
import com.precis.actors.ActorSet;
import com.precis.clean.ArticleCleaner;
import com.precis.clean.ArticleMetadata;
import com.precis.clean.CleanedArticle;
import com.precis.document.Actor;
import com.precis.document.Article;
import com.precis.document.Quote;
import com.precis.document.Stats;
import com.precis.pipeline.ArticleRejectedException.Reason;
import com.precis.quotes.QuoteExtractor;
import com.precis.summary.Summarizer;
import com.precis.text.ArticleText;
import com.precis.text.LanguageDetector;
import com.precis.text.SentenceSplitter;
import java.util.List;

/**
 * The article pipeline: bytes in, {@link Article} out. Detects the input kind, decodes the
 * charset, finds the article body and its metadata, splits sentences, extracts actors and quotes,
 * and chooses the summary. Plain Java, thread-safe once built; build it once and reuse it, since
 * building loads the language resources.
 */
public final class Precis {

    /** The pipeline's version, stored in every item so re-processing can be targeted. */
    public static final String VERSION = PipelineVersion.read();

    /** The default largest input accepted; see the README's "Limits" section for why. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 16L * 1024 * 1024;

    private final long maxInputBytes;
    private final LanguageDetector languages;
    private final ArticleCleaner cleaner;
    private final SentenceSplitter splitter;
    private final ActorExtractor actorExtractor;
    private final QuoteExtractor quoteExtractor;
    private final Summarizer summarizer;

    private Precis(long maxInputBytes) {
        this.maxInputBytes = maxInputBytes;
        this.languages = LanguageDetector.standard();
        this.cleaner = ArticleCleaner.standard(languages);
        this.splitter = SentenceSplitter.standard();
        this.actorExtractor = ActorExtractor.standard();
        this.quoteExtractor = QuoteExtractor.standard();
        this.summarizer = Summarizer.standard();
    }

    public static Precis standard() {
        return new Precis(DEFAULT_MAX_INPUT_BYTES);
    }

    public static Precis withMaxInputBytes(long maxInputBytes) {
        return new Precis(maxInputBytes);
    }

    public long maxInputBytes() {
        return maxInputBytes;
    }

    /** Summarises one article, or says why it cannot be: never returns an article without a body. */
    public Article summarize(ArticleInput input) throws ArticleRejectedException {
        long started = System.nanoTime();
        byte[] bytes = input.bytes();
        if (bytes.length > maxInputBytes) {
            throw new ArticleRejectedException(Reason.TOO_LARGE,
                    "the object has " + bytes.length + " bytes; the limit is " + maxInputBytes);
        }
        return analyze(cleaner.clean(bytes, input.contentType(), input.name()), bytes.length, started);
    }

    /** Runs the language stages on a body that is already clean (used by the evaluations too). */
    public Article analyze(CleanedArticle cleaned, long inputBytes, long startedNanos) {
        ArticleMetadata meta = cleaned.metadata();
        String bodyLanguage = languages.detect(joined(cleaned));
        String language = bodyLanguage != null ? bodyLanguage : meta.language();
        ArticleText text = ArticleText.of(cleaned.blocks(), language, splitter);
        ActorSet actorSet = actorExtractor.extract(text);
        List<Quote> quotes = quoteExtractor.extract(text, actorSet);
        List<Actor> actors = actorSet.finish(quotes);
        List<String> summary = summarizer.summarize(text, meta.title(), actors, quotes);
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        Stats stats = new Stats(inputBytes, text.text().length(), text.sentences().size(),
                cleaned.removedBlocks(), millis);
        return new Article(meta.title(), meta.publisher(), meta.authors(), meta.publishedAt(), language, meta.url(),
                summary, quotes, actors, text.text(), stats);
    }

    private static String joined(CleanedArticle cleaned) {
        StringBuilder s = new StringBuilder();
        for (var block : cleaned.blocks()) {
            s.append(block.text()).append('\n');
            if (s.length() > 20_000) {
                break;
            }
        }
        return s.toString();
    }
}
