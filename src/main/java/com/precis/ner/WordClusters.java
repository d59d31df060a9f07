package com.precis.ner;

import com.precis.actors.ResourceLines;
import java.util.List;

/**
 * Word clusters learned from unlabeled news by the trainer ({@code ner.train.ClusterLearner}): each
 * lower-cased word has a fine and a coarse cluster, so a word the annotated corpora never had still
 * shares weights with the words it is used like. Unknown words have cluster -1.
 */
public final class WordClusters {

    public static final String RESOURCE = "clusters.txt";

    private final LongIntMap fine;
    private final LongIntMap coarse;

    private WordClusters(LongIntMap fine, LongIntMap coarse) {
        this.fine = fine;
        this.coarse = coarse;
    }

    /** Lines "word fine coarse". */
    public static WordClusters of(List<String> lines) {
        LongIntMap fine = new LongIntMap(lines.size());
        LongIntMap coarse = new LongIntMap(lines.size());
        for (String line : lines) {
            String[] f = line.split(" ");
            if (f.length == 3) {
                long h = Hashing.lower(f[0]);
                fine.put(h, Integer.parseInt(f[1]));
                coarse.put(h, Integer.parseInt(f[2]));
            }
        }
        return new WordClusters(fine, coarse);
    }

    public static WordClusters standard() {
        return of(ResourceLines.read(WordClusters.class, RESOURCE));
    }

    public static WordClusters none() {
        return of(List.of());
    }

    int fine(long lowerHash) {
        return fine.get(lowerHash);
    }

    int coarse(long lowerHash) {
        return coarse.get(lowerHash);
    }
}
