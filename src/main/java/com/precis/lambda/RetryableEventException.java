package com.precis.lambda;

/** Thrown to fail an invocation on purpose, so Lambda retries the event and then dead-letters it. */
public final class RetryableEventException extends RuntimeException {

    public RetryableEventException(String message) {
        super(message);
    }
}
