package com.precis.eval;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.Article;
import com.precis.document.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one article against its annotation, under the conventions of the measures: quotes of four
 * words or more matched one-to-one by token-set Jaccard ≥ 0.5; a speaker is right when its last
 * name or head word matches; actors compared by normalised name or alias, a surname matching the
 * full name, with GOVERNMENT counting as an organisation or a location.
 */
public final class ArticleScorer {

    static final int MIN_QUOTE_WORDS = 4;
    static final double MIN_JACCARD = 0.5;

    private ArticleScorer() {
    }

    public static ArticleScore score(AnnotatedArticle gold, Article out) {
        ArticleScore s = new ArticleScore(gold.id());
        scoreQuotes(gold, out, s);
        scoreActors(gold, out, s);
        return s;
    }

    private record Pair(int gold, int predicted, double jaccard) {
    }

    private static void scoreQuotes(AnnotatedArticle gold, Article out, ArticleScore s) {
        List<GoldQuote> g = new ArrayList<>();
        for (GoldQuote q : gold.quotes()) {
            if (q.text() != null && NameMatch.wordCount(q.text()) >= MIN_QUOTE_WORDS) {
                g.add(q);
            }
        }
        List<Quote> p = new ArrayList<>();
        for (Quote q : out.quotes()) {
            if (NameMatch.wordCount(q.text()) >= MIN_QUOTE_WORDS) {
                p.add(q);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            Set<String> gw = NameMatch.words(g.get(i).text());
            for (int j = 0; j < p.size(); j++) {
                double jac = NameMatch.jaccard(gw, NameMatch.words(p.get(j).text()));
                if (jac >= MIN_JACCARD) {
                    pairs.add(new Pair(i, j, jac));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::jaccard).reversed());
        int[] goldTo = new int[g.size()];
        int[] predTo = new int[p.size()];
        java.util.Arrays.fill(goldTo, -1);
        java.util.Arrays.fill(predTo, -1);
        for (Pair pair : pairs) {
            if (goldTo[pair.gold()] < 0 && predTo[pair.predicted()] < 0) {
                goldTo[pair.gold()] = pair.predicted();
                predTo[pair.predicted()] = pair.gold();
            }
        }
        Map<String, Actor> actorsById = new HashMap<>();
        for (Actor a : out.actors()) {
            actorsById.put(a.id(), a);
        }
        Map<String, GoldActor> goldActors = new HashMap<>();
        for (GoldActor a : gold.actors()) {
            goldActors.put(a.name(), a);
        }
        for (int i = 0; i < g.size(); i++) {
            GoldQuote gq = g.get(i);
            if (goldTo[i] < 0) {
                s.quotes.fn++;
                s.problems.add("missed quote: " + clip(gq.text()) + "  [" + gq.speaker() + "]");
                continue;
            }
            s.quotes.tp++;
            Quote pq = p.get(goldTo[i]);
            boolean right = speakerRight(gq, pq, goldActors, actorsById);
            s.allSpeakers.count(right);
            if ("NAME".equals(gq.speakerMention())) {
                s.namedSpeakers.count(right);
            }
            if (!right) {
                s.problems.add("wrong speaker: " + clip(gq.text()) + "  gold [" + gq.speaker() + "/" + gq.speakerMention()
                        + "] got [" + (pq.speaker() == null ? null : pq.speaker().name()) + "]");
            }
        }
        for (int j = 0; j < p.size(); j++) {
            if (predTo[j] < 0) {
                s.quotes.fp++;
                s.problems.add("spurious quote: " + clip(p.get(j).text()));
            }
        }
    }

    static boolean speakerRight(GoldQuote gq, Quote pq, Map<String, GoldActor> goldActors, Map<String, Actor> actorsById) {
        String predicted = pq.speaker() == null ? null : pq.speaker().name();
        if (gq.speaker() == null || gq.speaker().isBlank()) {
            return predicted == null;
        }
        if (predicted == null) {
            return false;
        }
        List<String> goldNames = new ArrayList<>();
        goldNames.add(gq.speaker());
        GoldActor ga = goldActors.get(gq.speaker());
        if (ga != null) {
            goldNames.addAll(ga.aliases());
        }
        List<String> predictedNames = new ArrayList<>();
        predictedNames.add(predicted);
        Actor a = pq.speaker().actorId() == null ? null : actorsById.get(pq.speaker().actorId());
        if (a != null) {
            predictedNames.addAll(a.aliases());
        }
        for (String x : goldNames) {
            for (String y : predictedNames) {
                if (!NameMatch.head(x).isEmpty() && NameMatch.head(x).equals(NameMatch.head(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void scoreActors(AnnotatedArticle gold, Article out, ArticleScore s) {
        List<GoldActor> g = gold.actors();
        List<Actor> p = out.actors();
        boolean[] goldUsed = new boolean[g.size()];
        boolean[] predUsed = new boolean[p.size()];
        List<Set<String>> goldForms = new ArrayList<>();
        for (GoldActor a : g) {
            goldForms.add(NameMatch.forms(a.name(), a.aliases()));
        }
        // Exact forms first, then surnames, so "Lutnick" does not take the place of "Howard Lutnick".
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < p.size(); j++) {
                if (predUsed[j]) {
                    continue;
                }
                Actor a = p.get(j);
                Set<String> forms = NameMatch.forms(a.name(), a.aliases());
                for (int i = 0; i < g.size(); i++) {
                    if (goldUsed[i] || !compatible(g.get(i).type(), a.type())) {
                        continue;
                    }
                    boolean persons = a.type() == ActorType.PERSON;
                    if (NameMatch.sameActor(forms, goldForms.get(i), pass == 1 && persons)) {
                        goldUsed[i] = true;
                        predUsed[j] = true;
                        s.actors.tp++;
                        s.byType.get(bucket(g.get(i).type(), a.type().name(), a.name())).tp++;
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < g.size(); i++) {
            if (!goldUsed[i]) {
                s.actors.fn++;
                s.byType.get(bucket(g.get(i).type(), null, g.get(i).name())).fn++;
                s.problems.add("missed actor: " + g.get(i).name() + " (" + g.get(i).type() + ")");
            }
        }
        for (int j = 0; j < p.size(); j++) {
            if (!predUsed[j]) {
                s.actors.fp++;
                s.byType.get(bucket(null, p.get(j).type().name(), p.get(j).name())).fp++;
                s.problems.add("spurious actor: " + p.get(j).name() + " (" + p.get(j).type() + ")");
            }
        }
        // Untyped: the same matching without the type condition, to tell naming errors from typing errors.
        boolean[] gU = new boolean[g.size()];
        for (Actor a : p) {
            Set<String> forms = NameMatch.forms(a.name(), a.aliases());
            boolean hit = false;
            for (int i = 0; i < g.size() && !hit; i++) {
                if (!gU[i] && NameMatch.sameActor(forms, goldForms.get(i), true)) {
                    gU[i] = true;
                    hit = true;
                }
            }
            if (hit) {
                s.actorsUntyped.tp++;
            } else {
                s.actorsUntyped.fp++;
            }
        }
        for (boolean u : gU) {
            if (!u) {
                s.actorsUntyped.fn++;
            }
        }
    }

    static boolean compatible(String goldType, ActorType predicted) {
        if (goldType == null) {
            return false;
        }
        String p = predicted.name();
        if (goldType.equals(p)) {
            return true;
        }
        boolean goldGov = goldType.equals("GOVERNMENT");
        boolean predGov = predicted == ActorType.GOVERNMENT;
        return goldGov && (p.equals("ORGANIZATION") || p.equals("LOCATION"))
                || predGov && (goldType.equals("ORGANIZATION") || goldType.equals("LOCATION"));
    }

    /**
     * The per-type column an actor counts in: the non-government side's type; a government on both
     * sides, or alone, counts as a location when it is a place name (a country, a capital) and as an
     * organisation otherwise.
     */
    static ArticleScore.Bucket bucket(String goldType, String predictedType, String name) {
        String t = goldType != null && !goldType.equals("GOVERNMENT") ? goldType
                : predictedType != null && !predictedType.equals("GOVERNMENT") ? predictedType : null;
        if (t == null) {
            return PlaceNames.isPlaceName(name) ? ArticleScore.Bucket.LOCATION : ArticleScore.Bucket.ORGANIZATION;
        }
        return switch (t) {
            case "PERSON" -> ArticleScore.Bucket.PERSON;
            case "LOCATION" -> ArticleScore.Bucket.LOCATION;
            default -> ArticleScore.Bucket.ORGANIZATION;
        };
    }

    private static String clip(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }
}
