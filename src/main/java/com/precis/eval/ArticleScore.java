package com.precis.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The scores of one article, and what went wrong in it (for the worst-cases listing). */
public final class ArticleScore {

    public enum Bucket { PERSON, ORGANIZATION, LOCATION }

    final String id;
    final Counts quotes = new Counts();
    final Ratio namedSpeakers = new Ratio();
    final Ratio allSpeakers = new Ratio();
    final Counts actors = new Counts();
    final Counts actorsUntyped = new Counts();
    final Map<Bucket, Counts> byType = new EnumMap<>(Bucket.class);
    final List<String> problems = new ArrayList<>();
    long nanos;

    ArticleScore(String id) {
        this.id = id;
        for (Bucket b : Bucket.values()) {
            byType.put(b, new Counts());
        }
    }

    public String id() {
        return id;
    }

    /** A single figure for ordering articles from worst to best. */
    double badness() {
        return (1 - quotes.f1()) + (1 - allSpeakers.value()) + (1 - actors.f1());
    }
}
