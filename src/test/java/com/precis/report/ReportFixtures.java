package com.precis.report;

import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.ArticleDocument;
import com.precis.document.Quote;
import com.precis.document.QuoteKind;
import com.precis.document.Source;
import com.precis.document.Speaker;
import com.precis.document.Stats;
import com.precis.document.Status;
import java.util.List;

/**
 * Three made-up summaries (and one failed article) whose counts a person worked out by hand, with
 * hostile text in the places articles put text: a title with a script, a quote that closes its
 * element, a javascript: address, quotes in names.
 */
public final class ReportFixtures {

    public static final String HOSTILE_TITLE = "<script>alert(\"t\")</script> Harbour tolls & \"fees\" rise";
    public static final String HOSTILE_QUOTE = "</q><img src=x onerror=alert(1)>We will not pay";
    public static final String QUOTED_ACTOR = "O'Hara \"Docks\" Ltd";

    private ReportFixtures() {
    }

    static Actor actor(String id, String name, ActorType type, int mentions) {
        return new Actor(id, name, type, List.of(), List.of(), mentions, mentions / 10.0);
    }

    static Quote quote(String text, String speaker, String actorId) {
        return new Quote(text, speaker == null ? null : new Speaker(speaker, actorId), "said", QuoteKind.DIRECT,
                false, 0, false);
    }

    static ArticleDocument doc(String id, String title, String url, String publishedAt, List<Quote> quotes, List<Actor> actors) {
        return new ArticleDocument("s3://news/incoming/" + id, new Source("news", "incoming/" + id, null, null, 100L,
                "text/html", url, null), title, "Harbour Post", List.of("Ada Quill"), publishedAt, "en",
                List.of("The harbour council raised tolls.", "Traders objected <loudly>."), quotes, actors, "Body.",
                new Stats(100, 50, 2, 0, 3), "test", "2026-02-05T00:00:00Z", Status.OK, null, List.of());
    }

    /**
     * By hand: Kasper Rand is quoted 4 times (2 articles), Marta Ilves 3 times (2 articles). Who
     * talks about whom: Ilves × Harbour Council 3 (2 in a, 1 in b), Ilves × Veldoria 2, Ilves ×
     * Kasper Rand 1, Ilves × Tallow Grain Company 0; Rand × Veldoria 3, Rand × Tallow Grain Company
     * 3, Rand × Marta Ilves 1, Rand × Harbour Council 1. 9 quotes in the 3 summarised articles.
     */
    public static List<ArticleDocument> documents() {
        ArticleDocument a = doc("a.html", HOSTILE_TITLE, "javascript:alert(1)", "2026-02-03T09:00", List.of(
                quote(HOSTILE_QUOTE, "Marta Ilves", "a1"),
                quote("Tolls fund the dredging", "Marta Ilves", "a1"),
                new Quote("a disgrace", new Speaker("a trader at the quay", null), "said", QuoteKind.PARTIAL, true, 1, false),
                quote("Nobody asked us", null, null)),
                List.of(actor("a1", "Marta Ilves", ActorType.PERSON, 4), actor("a2", "Harbour Council", ActorType.ORGANIZATION, 3),
                        actor("a3", "Veldoria", ActorType.LOCATION, 1), actor("a4", QUOTED_ACTOR, ActorType.ORGANIZATION, 1)));
        ArticleDocument b = doc("b.html", "Council defends tolls", "https://harbour.example/b", "2026-02-02", List.of(
                quote("The council listened", "Kasper Rand", "a1"),
                quote("We did not", "Marta Ilves", "a2")),
                List.of(actor("a1", "Kasper Rand", ActorType.PERSON, 2), actor("a2", "Marta Ilves", ActorType.PERSON, 1),
                        actor("a3", "Harbour Council", ActorType.ORGANIZATION, 2)));
        ArticleDocument c = doc("c.html", "Grain ships wait", null, null, List.of(
                quote("Ships wait for days", "Kasper Rand", "a1"),
                quote("Costs rise", "Kasper Rand", "a1"),
                quote("Veldoria must act", "Kasper Rand", "a1")),
                List.of(actor("a1", "Kasper Rand", ActorType.PERSON, 3), actor("a2", "Veldoria", ActorType.LOCATION, 2),
                        actor("a3", "Tallow Grain Company", ActorType.ORGANIZATION, 1)));
        ArticleDocument failed = ArticleDocument.failed("s3://news/incoming/d.pdf", null, "BINARY: a PDF",
                Stats.ofInput(10, 1), "test", "2026-02-05T00:00:00Z");
        return List.of(a, b, c, failed);
    }
}
