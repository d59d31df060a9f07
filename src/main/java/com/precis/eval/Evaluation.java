package com.precis.eval;

import com.precis.clean.ArticleMetadata;
import com.precis.clean.CleanedArticle;
import com.precis.document.Article;
import com.precis.pipeline.Precis;
import com.precis.text.Block;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Runs the analysis stages on each annotated article (its .txt as an already clean body) and sums
 * the scores. Articles can be split into a development part and a check part by a stable hash of
 * their name, so rules tuned on one can be checked on the other.
 */
public final class Evaluation {

    public enum Split { ALL, DEV, CHECK }

    private final List<ArticleScore> articles = new ArrayList<>();
    private final Counts quotes = new Counts();
    private final Ratio namedSpeakers = new Ratio();
    private final Ratio allSpeakers = new Ratio();
    private final Counts actors = new Counts();
    private final Counts actorsUntyped = new Counts();
    private final Map<ArticleScore.Bucket, Counts> byType = new EnumMap<>(ArticleScore.Bucket.class);
    private double macroActorF1;

    private Evaluation() {
        for (ArticleScore.Bucket b : ArticleScore.Bucket.values()) {
            byType.put(b, new Counts());
        }
    }

    public static Evaluation run(Precis precis, List<AnnotatedArticle> set, Split split) {
        Evaluation e = new Evaluation();
        for (AnnotatedArticle a : set) {
            if (!inSplit(a.id(), split)) {
                continue;
            }
            long started = System.nanoTime();
            Article out = analyze(precis, a);
            ArticleScore s = ArticleScorer.score(a, out);
            s.nanos = System.nanoTime() - started;
            e.add(s);
        }
        return e;
    }

    public static Article analyze(Precis precis, AnnotatedArticle a) {
        List<Block> blocks = new ArrayList<>();
        int bytes = 0;
        for (String b : a.blocks()) {
            blocks.add(Block.paragraph(b));
            bytes += b.getBytes(StandardCharsets.UTF_8).length + 2;
        }
        ArticleMetadata meta = new ArticleMetadata(null, null, List.of(), null, null, a.language());
        return precis.analyze(new CleanedArticle(blocks, meta, 0), bytes, System.nanoTime());
    }

    /** Every third article (by a stable hash of its name) is held out for checking. */
    public static boolean inSplit(String id, Split split) {
        if (split == Split.ALL) {
            return true;
        }
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        boolean check = (digest[0] & 0xff) % 3 == 0;
        return split == Split.CHECK ? check : !check;
    }

    private void add(ArticleScore s) {
        articles.add(s);
        quotes.add(s.quotes);
        namedSpeakers.add(s.namedSpeakers);
        allSpeakers.add(s.allSpeakers);
        actors.add(s.actors);
        actorsUntyped.add(s.actorsUntyped);
        for (ArticleScore.Bucket b : ArticleScore.Bucket.values()) {
            byType.get(b).add(s.byType.get(b));
        }
        macroActorF1 += s.actors.f1();
    }

    public List<ArticleScore> articles() {
        return articles;
    }

    public Counts quotes() {
        return quotes;
    }

    public Ratio namedSpeakers() {
        return namedSpeakers;
    }

    public Ratio allSpeakers() {
        return allSpeakers;
    }

    public Counts actors() {
        return actors;
    }

    public Counts actorsUntyped() {
        return actorsUntyped;
    }

    public Counts actorsOfType(ArticleScore.Bucket b) {
        return byType.get(b);
    }

    public double macroActorF1() {
        return articles.isEmpty() ? 0 : macroActorF1 / articles.size();
    }
}
