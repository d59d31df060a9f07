package com.precis.clean;

import com.precis.pipeline.ArticleRejectedException;
import com.precis.pipeline.ArticleRejectedException.Reason;
import com.precis.text.LanguageDetector;
import java.util.List;

/**
 * The cleaning stage on its own: bytes in, article body and metadata out. Sniffs HTML or text,
 * decodes the charset, and hands the text to the HTML extractor or the text-dump cleaner. Built
 * once (it loads the lexicons) and thread-safe.
 */
public final class ArticleCleaner {

    private final HtmlArticleExtractor html;
    private final TextDumpCleaner text;

    public ArticleCleaner(HtmlArticleExtractor html, TextDumpCleaner text) {
        this.html = html;
        this.text = text;
    }

    public static ArticleCleaner standard(LanguageDetector languages) {
        BoilerplateLexicon lexicon = BoilerplateLexicon.standard();
        return new ArticleCleaner(new HtmlArticleExtractor(lexicon), new TextDumpCleaner(languages, lexicon));
    }

    /**
     * Cleans one stored object; contentType and name may be null. Never returns an article without
     * a body: an object of whitespace is EMPTY, one where no article is found is NO_ARTICLE.
     */
    public CleanedArticle clean(byte[] bytes, String contentType, String name) throws ArticleRejectedException {
        InputKind kind = InputSniffer.detect(bytes, contentType, name);
        String decoded = TextDecoder.decode(bytes, contentType, kind);
        if (decoded.isBlank()) {
            throw new ArticleRejectedException(Reason.EMPTY, "the object holds only whitespace");
        }
        CleanedArticle cleaned = kind == InputKind.HTML ? html.extract(decoded) : text.clean(decoded);
        if (cleaned.blocks().isEmpty()) {
            throw new ArticleRejectedException(Reason.NO_ARTICLE, "no article body was found in the "
                    + (kind == InputKind.HTML ? "HTML page" : "text"));
        }
        return cleaned;
    }

    public CleanedArticle cleanHtml(String page) {
        return html.extract(page);
    }

    /** Diagnostics of the text-dump cleaner: each line with its class, the body marked. */
    public List<String> explain(String dump) {
        return text.explain(dump);
    }

    public CleanedArticle cleanText(String dump) {
        return text.clean(dump);
    }
}
