package com.precis.ingest;

import java.time.Instant;

/**
 * One S3 object as an event names it, with the key already URL-decoded. versionId, etag, size,
 * sequencer and eventTime are null when the event does not carry them (moto's events have no
 * sequencer).
 */
public record ObjectRef(String bucket, String key, String versionId, String etag, Long size, String sequencer,
                        Instant eventTime) {

    private static final int SEQUENCER_WIDTH = 40;

    public static ObjectRef of(String bucket, String key) {
        return new ObjectRef(bucket, key, null, null, null, null, null);
    }

    /** The article's id: stable per bucket and key, so a new upload of the key replaces its summary. */
    public String articleId() {
        return "s3://" + bucket + "/" + key;
    }

    /**
     * Where this event stands among the events for the same key, as a string that compares like
     * the events' order. S3's sequencer is compared as S3 documents it: left-padded with zeros,
     * then as a string. Without a sequencer (moto) the event time orders, and sorts below any
     * sequencer; without either, the time of processing, so a manual re-run re-summarises.
     */
    public String order(Instant processingTime) {
        if (sequencer != null && !sequencer.isBlank()) {
            String hex = sequencer.strip().toUpperCase(java.util.Locale.ROOT);
            return "1" + "0".repeat(Math.max(0, SEQUENCER_WIDTH - hex.length())) + hex;
        }
        Instant time = eventTime != null ? eventTime : processingTime;
        String millis = Long.toString(time.toEpochMilli());
        return "0" + "0".repeat(Math.max(0, 20 - millis.length())) + millis;
    }
}
