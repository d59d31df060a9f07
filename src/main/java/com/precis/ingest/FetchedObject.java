package com.precis.ingest;

/** An object's bytes and what the store says about them. */
public record FetchedObject(byte[] bytes, String contentType, String versionId, String etag) {
}
