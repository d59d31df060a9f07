package com.precis.ingest;

import com.precis.pipeline.ArticleRejectedException;

/** Where articles are read from (S3 in production). */
public interface ObjectSource {

    /**
     * Reads an object, refusing it before reading it whole when it is larger than maxBytes.
     *
     * @throws ArticleRejectedException for permanent problems: the object does not exist, or is too large
     * @throws RuntimeException for anything that may pass (throttling, 5xx, timeouts, access denied)
     */
    FetchedObject fetch(ObjectRef ref, long maxBytes) throws ArticleRejectedException;
}
