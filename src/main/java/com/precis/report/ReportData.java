package com.precis.report;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.ArticleDocument;
import com.precis.document.Quote;
import com.precis.document.Status;
import com.precis.index.DateKey;
import com.precis.index.NameKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a report shows, counted over a set of summaries: the most-quoted speakers, the
 * most-mentioned actors of each type, and who talks about whom. Names are grouped by their
 * {@link NameKey} (case and accents do not split a person), and shown as most articles write them.
 * Only summarised (OK) articles count.
 */
public record ReportData(
        List<Dated> articles,
        int quotes,
        List<Count> speakers,
        Map<ActorType, List<Count>> actors,
        Matrix matrix) {

    static final int TOP_SPEAKERS = 15;
    static final int TOP_ACTORS = 10;
    static final int MATRIX_SPEAKERS = 10;
    static final int MATRIX_ACTORS = 12;

    /** An article and the date it is sorted and shown by (publishedAt, else processedAt). */
    public record Dated(ArticleDocument document, String date, boolean published) {
    }

    /** A name and how often: quotes (speakers) or mentions (actors), and in how many articles. */
    public record Count(String key, String name, int count, int articles) {
    }

    /**
     * Speakers (rows) × actors (columns): {@code cells[s][a]} counts the quotes by speaker s in
     * articles that mention actor a (other than the speaker itself); -1 where a is s.
     */
    public record Matrix(List<Count> speakers, List<Count> actors, int[][] cells) {
    }

    public static ReportData of(List<ArticleDocument> documents) {
        List<Dated> articles = new ArrayList<>();
        for (ArticleDocument doc : documents) {
            if (doc.status() == Status.OK) {
                DateKey.Dated dated = DateKey.of(doc.publishedAt(), doc.processedAt());
                articles.add(new Dated(doc, dated.key(), dated.from().equals("publishedAt")));
            }
        }
        articles.sort(Comparator.comparing(Dated::date).reversed()
                .thenComparing(d -> d.document().articleId() == null ? "" : d.document().articleId()));
        Tally speakers = new Tally();
        Map<ActorType, Tally> actors = new EnumMap<>(ActorType.class);
        Tally allActors = new Tally();
        int quotes = 0;
        for (Dated dated : articles) {
            ArticleDocument doc = dated.document();
            for (Quote quote : doc.quotes()) {
                quotes++;
                String speaker = speakerName(quote);
                if (speaker != null) {
                    speakers.add(speaker, 1, doc.articleId());
                }
            }
            for (Actor actor : doc.actors()) {
                if (actor.type() != null) {
                    actors.computeIfAbsent(actor.type(), t -> new Tally()).add(actor.name(), actor.mentions(), doc.articleId());
                    allActors.add(actor.name(), actor.mentions(), doc.articleId());
                }
            }
        }
        Map<ActorType, List<Count>> topActors = new EnumMap<>(ActorType.class);
        actors.forEach((type, tally) -> topActors.put(type, tally.top(TOP_ACTORS, true)));
        return new ReportData(articles, quotes, speakers.top(TOP_SPEAKERS, false), topActors,
                matrix(articles, speakers.top(MATRIX_SPEAKERS, false), allActors.top(MATRIX_ACTORS, true)));
    }

    /** The named speaker of a quote; anonymous sources and unattributed quotes have none. */
    static String speakerName(Quote quote) {
        if (quote.speaker() == null || quote.anonymous() || quote.speaker().name() == null
                || NameKey.of(quote.speaker().name()).isEmpty()) {
            return null;
        }
        return quote.speaker().name();
    }

    private static Matrix matrix(List<Dated> articles, List<Count> speakers, List<Count> actors) {
        Map<String, Integer> rows = new HashMap<>();
        for (int i = 0; i < speakers.size(); i++) {
            rows.put(speakers.get(i).key(), i);
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            columns.put(actors.get(i).key(), i);
        }
        int[][] cells = new int[speakers.size()][actors.size()];
        for (int s = 0; s < speakers.size(); s++) {
            Integer self = columns.get(speakers.get(s).key());
            if (self != null) {
                cells[s][self] = -1;
            }
        }
        for (Dated dated : articles) {
            ArticleDocument doc = dated.document();
            for (Quote quote : doc.quotes()) {
                String speaker = speakerName(quote);
                Integer row = speaker == null ? null : rows.get(NameKey.of(speaker));
                if (row == null) {
                    continue;
                }
                Set<Integer> seen = new HashSet<>();
                for (Actor actor : doc.actors()) {
                    Integer column = columns.get(NameKey.of(actor.name()));
                    boolean isSpeaker = actor.id() != null && actor.id().equals(quote.speaker().actorId());
                    if (column != null && !isSpeaker && cells[row][column] >= 0 && seen.add(column)) {
                        cells[row][column]++;
                    }
                }
            }
        }
        return new Matrix(speakers, actors, cells);
    }

    /** Counts per name key: total, distinct articles, and the most used way of writing it. */
    private static final class Tally {
        private final Map<String, int[]> totals = new LinkedHashMap<>();
        private final Map<String, Set<String>> articles = new HashMap<>();
        private final Map<String, Map<String, Integer>> spellings = new HashMap<>();

        void add(String name, int count, String articleId) {
            String key = NameKey.of(name);
            if (key.isEmpty()) {
                return;
            }
            totals.computeIfAbsent(key, k -> new int[1])[0] += count;
            articles.computeIfAbsent(key, k -> new HashSet<>()).add(articleId == null ? "" : articleId);
            spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(name.strip(), 1, Integer::sum);
        }

        /** The n most frequent: by articles first for actors (a name repeated in one article is one story). */
        List<Count> top(int n, boolean byArticles) {
            List<Count> counts = new ArrayList<>();
            totals.forEach((key, total) -> counts.add(new Count(key, spelling(key), total[0], articles.get(key).size())));
            Comparator<Count> order = byArticles
                    ? Comparator.comparingInt(Count::articles).thenComparingInt(Count::count)
                    : Comparator.comparingInt(Count::count).thenComparingInt(Count::articles);
            counts.sort(order.reversed().thenComparing(Count::name));
            return counts.size() > n ? List.copyOf(counts.subList(0, n)) : counts;
        }

        private String spelling(String key) {
            return spellings.get(key).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(key);
        }
    }
}
