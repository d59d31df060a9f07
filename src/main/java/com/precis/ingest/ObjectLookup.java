package com.precis.ingest;

import java.util.Optional;

/**
 * Looks an object up without reading it, for deliveries that do not carry the object's details
 * (S3 Batch Operations tasks, a redrive): its version id, etag, size and last-modified time.
 */
public interface ObjectLookup {

    /**
     * The object as S3 holds it now (the given version, or the current one when {@code versionId}
     * is null), with {@link ObjectRef#eventTime()} set to its last-modified time; empty when the
     * object or version does not exist. Throws when S3 fails in a way that may pass.
     */
    Optional<ObjectRef> find(String bucket, String key, String versionId);
}
