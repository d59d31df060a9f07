package com.precis.ingest;

/**
 * The answer to "may this worker summarise this object version now?". Only a granted claim
 * carries a token; the final write succeeds only while the token is still the article's claim.
 */
public record Claim(Status status, String token) {

    public enum Status {
        /** This worker summarises the version. */
        GRANTED,
        /** The version is already summarised: a re-delivered event. */
        DUPLICATE,
        /** Another worker holds an unexpired claim on this same version. */
        IN_PROGRESS,
        /** A newer event for the key was already handled: this one must not overwrite it. */
        STALE
    }

    public static Claim granted(String token) {
        return new Claim(Status.GRANTED, token);
    }

    public static Claim refused(Status status) {
        return new Claim(status, null);
    }

    public boolean granted() {
        return status == Status.GRANTED;
    }
}
