package com.precis.document;

/**
 * Where the article came from. For S3 objects: bucket, key (decoded), versionId, ETag, size and the
 * event's sequencer; url is the article's own address when the page states it.
 */
public record Source(
        String bucket,
        String key,
        String versionId,
        String etag,
        Long sizeBytes,
        String contentType,
        String url,
        String sequencer) {

    public Source withUrl(String newUrl) {
        return new Source(bucket, key, versionId, etag, sizeBytes, contentType, newUrl, sequencer);
    }
}
