package com.precis.pipeline;

/**
 * A permanent problem with one article: retrying cannot help, so it is recorded as a FAILED item
 * instead of being thrown to the Lambda runtime.
 */
public final class ArticleRejectedException extends Exception {

    public enum Reason { EMPTY, BINARY, TOO_LARGE, UNDECODABLE, NO_ARTICLE, NOT_FOUND, PIPELINE_FAULT }

    private final Reason reason;

    public ArticleRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The error text stored in the item: the reason code first, so it can be queried. */
    public String describe() {
        return reason + ": " + getMessage();
    }
}
