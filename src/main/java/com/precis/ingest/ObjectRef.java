package com.precis.ingest;

/**
 * One S3 object as an event names it, with the key already URL-decoded. versionId, etag, size
 * and sequencer are null when the event does not carry them (moto's events have no sequencer).
 */
public record ObjectRef(String bucket, String key, String versionId, String etag, Long size, String sequencer) {

    /** The article's id: stable per bucket and key, so a new upload of the key replaces its summary. */
    public String articleId() {
        return "s3://" + bucket + "/" + key;
    }
}
