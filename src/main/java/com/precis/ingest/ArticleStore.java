package com.precis.ingest;

import com.precis.document.ArticleDocument;
import java.time.Instant;

/**
 * Where documents are written (DynamoDB in production), with the coordination that makes
 * at-least-once, out-of-order delivery safe: a conditional claim before the work, a conditional
 * write after it. Every method throws when the store fails in a way that may pass.
 */
public interface ArticleStore {

    /**
     * Claims the object version for this worker until {@code leaseUntil}, unless it is already
     * summarised, claimed by a live worker, or older than what the article already reflects.
     */
    Claim claim(ObjectRef ref, String order, Instant now, Instant leaseUntil);

    /** Writes the document if the claim still holds; false when a newer event took the article over. */
    boolean complete(ArticleDocument document, String order, String token);

    /** Gives a claim back after a failure that may pass, so a re-delivery need not wait for the lease. */
    void release(ObjectRef ref, String token);

    /**
     * Marks the article's summary deleted (or leaves a tombstone so an older, late create cannot
     * bring it back); false when the removal is older than the summary or, with
     * {@code onlyThisVersion}, removes a version other than the summarised one.
     */
    boolean markDeleted(ObjectRef ref, String order, Instant at, boolean onlyThisVersion);
}
