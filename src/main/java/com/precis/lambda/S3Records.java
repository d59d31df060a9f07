package com.precis.lambda;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.precis.ingest.ObjectRef;
import java.time.Instant;
import java.util.Optional;

/** Reads an object reference out of an S3 notification record, decoding the key. */
final class S3Records {

    private S3Records() {
    }

    static Optional<ObjectRef> toObjectRef(S3EventNotificationRecord record) {
        if (record == null || record.getS3() == null || record.getS3().getBucket() == null
                || record.getS3().getObject() == null) {
            return Optional.empty();
        }
        var bucket = record.getS3().getBucket().getName();
        var object = record.getS3().getObject();
        if (bucket == null || object.getKey() == null) {
            return Optional.empty();
        }
        // Keys arrive URL-encoded: "+" for a space and %XX for the rest (including "/" from moto).
        Instant eventTime = record.getEventTime() == null ? null : Instant.ofEpochMilli(record.getEventTime().getMillis());
        return Optional.of(new ObjectRef(bucket, object.getUrlDecodedKey(), blankToNull(object.getVersionId()),
                blankToNull(object.geteTag()), object.getSizeAsLong(), blankToNull(object.getSequencer()), eventTime));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
