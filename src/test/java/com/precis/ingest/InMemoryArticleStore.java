package com.precis.ingest;

import com.precis.document.ArticleDocument;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An in-memory {@link ArticleStore} for unit tests of the record loop: documents by article id,
 * with the same order rule as the table (a newer order wins, an equal one is a duplicate). The
 * real conditional writes are tested against DynamoDB's wire protocol in the integration tests.
 */
public final class InMemoryArticleStore implements ArticleStore {

    public final Map<String, ArticleDocument> documents = new HashMap<>();
    private final Map<String, String> orders = new HashMap<>();
    private final Map<String, String> claims = new HashMap<>();

    @Override
    public synchronized Claim claim(ObjectRef ref, String order, Instant now, Instant leaseUntil) {
        String done = orders.get(ref.articleId());
        if (done != null && done.equals(order)) {
            return Claim.refused(Claim.Status.DUPLICATE);
        }
        if (done != null && done.compareTo(order) > 0) {
            return Claim.refused(Claim.Status.STALE);
        }
        String token = UUID.randomUUID().toString();
        claims.put(ref.articleId(), token);
        return Claim.granted(token);
    }

    @Override
    public synchronized boolean complete(ArticleDocument document, String order, String token) {
        if (!token.equals(claims.get(document.articleId()))) {
            return false;
        }
        claims.remove(document.articleId());
        documents.put(document.articleId(), document);
        orders.put(document.articleId(), order);
        return true;
    }

    @Override
    public synchronized void release(ObjectRef ref, String token) {
        claims.remove(ref.articleId(), token);
    }

    @Override
    public synchronized boolean markDeleted(ObjectRef ref, String order, Instant at, boolean onlyThisVersion) {
        String done = orders.get(ref.articleId());
        if (done != null && done.compareTo(order) >= 0) {
            return false;
        }
        orders.put(ref.articleId(), order);
        claims.remove(ref.articleId());
        return true;
    }
}
